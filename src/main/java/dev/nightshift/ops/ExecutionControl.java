package dev.nightshift.ops;

import java.util.Locale;

import dev.nightshift.definition.JobDefinitions;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.stereotype.Component;

/**
 * Acts on existing executions: picks what a restart continues and abandons what must
 * never run again, each checked against {@link LifecycleRules} first.
 *
 * <pre>{@code
 * Launch launch = control.prepareRestart("wordcount");   // its latest FAILED or STOPPED execution
 * launcher.run(launch);
 * }</pre>
 */
@Component
public class ExecutionControl {

	private final JobDefinitions definitions;

	private final JobRepository repository;

	private final ExecutionQueries queries;

	private final BeanFactory beans;

	private final JobOperator operator;

	ExecutionControl(JobDefinitions definitions, JobRepository repository, ExecutionQueries queries, BeanFactory beans,
			JobOperator operator) {
		this.definitions = definitions;
		this.repository = repository;
		this.queries = queries;
		this.beans = beans;
		this.operator = operator;
	}

	/**
	 * A restart of an execution (by id) or of a job's latest FAILED or STOPPED execution
	 * (by name), with the parameters it ran with; run it with {@link Launcher#run}.
	 */
	public Launch prepareRestart(String target) {
		JobExecution execution = isNumber(target) ? latestOfInstance(this.queries.require(Long.parseLong(target)))
				: latestRestartable(target);
		refuseUnless(LifecycleRules.Action.RESTART, execution);
		String jobName = execution.getJobInstance().getJobName();
		return new Launch(this.definitions.get(jobName), this.beans.getBean(jobName, Job.class),
				execution.getJobParameters(), execution);
	}

	public JobExecution abandon(long executionId) {
		JobExecution execution = latestOfInstance(this.queries.require(executionId));
		refuseUnless(LifecycleRules.Action.ABANDON, execution);
		try {
			return this.operator.abandon(execution);
		}
		catch (Exception ex) {
			throw new LaunchRefusedException("cannot abandon execution " + executionId + ": " + ex.getMessage(), ex);
		}
	}

	/** Only the newest execution of an instance can be continued or abandoned. */
	private JobExecution latestOfInstance(JobExecution execution) {
		JobExecution latest = this.repository.getLastJobExecution(execution.getJobInstance());
		if (latest != null && latest.getId() != execution.getId()) {
			throw new LaunchRefusedException("execution %d is not the latest of its instance: execution %d is (%s)"
				.formatted(execution.getId(), latest.getId(), latest.getStatus()));
		}
		return execution;
	}

	private JobExecution latestRestartable(String jobName) {
		this.definitions.get(jobName);
		JobExecution latest = null;
		for (JobInstance instance : this.repository.getJobInstances(jobName, 0, Integer.MAX_VALUE)) {
			JobExecution last = this.repository.getLastJobExecution(instance);
			boolean restartable = last != null
					&& (last.getStatus() == BatchStatus.FAILED || last.getStatus() == BatchStatus.STOPPED);
			if (restartable && (latest == null || last.getId() > latest.getId())) {
				latest = last;
			}
		}
		if (latest == null) {
			throw new LaunchRefusedException("%s has no FAILED or STOPPED execution to restart".formatted(jobName));
		}
		return latest;
	}

	private static void refuseUnless(LifecycleRules.Action action, JobExecution execution) {
		String refusal = LifecycleRules.refusal(action, execution.getStatus());
		if (refusal != null) {
			throw new LaunchRefusedException("cannot %s execution %d (%s): %s"
				.formatted(action.name().toLowerCase(Locale.ROOT), execution.getId(), execution.getStatus(), refusal));
		}
	}

	private static boolean isNumber(String target) {
		return !target.isEmpty() && target.chars().allMatch(Character::isDigit);
	}

}
