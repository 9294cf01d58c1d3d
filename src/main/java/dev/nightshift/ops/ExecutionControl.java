package dev.nightshift.ops;

import java.util.Locale;

import dev.nightshift.definition.JobDefinitions;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Acts on existing executions: picks what a restart continues, stops what runs and
 * abandons what must never run again, each checked against {@link LifecycleRules} first
 * and after orphans were recovered, so that a crashed execution is never "still running".
 *
 * <pre>{@code
 * Launch launch = control.prepareRestart("wordcount");   // its latest FAILED or STOPPED execution
 * launcher.run(launch);
 * }</pre>
 */
@Component
public class ExecutionControl {

	private static final int STOP_ATTEMPTS = 5;

	private final JobDefinitions definitions;

	private final JobRepository repository;

	private final ExecutionQueries queries;

	private final Launcher launcher;

	private final JobOperator operator;

	ExecutionControl(JobDefinitions definitions, JobRepository repository, ExecutionQueries queries, Launcher launcher,
			JobOperator operator) {
		this.definitions = definitions;
		this.repository = repository;
		this.queries = queries;
		this.launcher = launcher;
		this.operator = operator;
	}

	/**
	 * A restart of an execution (by id) or of a job's latest FAILED or STOPPED execution
	 * (by name), with the parameters it ran with; run it with {@link Launcher#run}.
	 */
	public Launch prepareRestart(String target) {
		this.launcher.recoverOrphans();
		JobExecution execution = isNumber(target) ? latestOfInstance(this.queries.require(Long.parseLong(target)))
				: latestRestartable(target);
		refuseUnless(LifecycleRules.Action.RESTART, execution);
		return this.launcher.launchOf(this.definitions.get(execution.getJobInstance().getJobName()),
				execution.getJobParameters());
	}

	/**
	 * Asks a running execution to stop, wherever it runs: its status becomes STOPPING in
	 * the repository, and each of its steps sees that at its next commit and ends
	 * STOPPED. Not {@code JobOperator.stop}, which also writes an end time and so shows
	 * the execution STOPPED while its partitions still run. A pipeline's running child is
	 * stopped too, so the pipeline ends STOPPED without waiting for the child to finish.
	 */
	public JobExecution stop(long executionId) {
		this.launcher.recoverOrphans();
		JobExecution stopping = markStopping(executionId);
		this.queries.runningChild(stopping).ifPresent(this::stopChild);
		return stopping;
	}

	private void stopChild(JobExecution child) {
		try {
			markStopping(child.getId());
		}
		catch (LaunchRefusedException ex) {
			// It ended in between: the pipeline stops before its next child.
		}
	}

	private JobExecution markStopping(long executionId) {
		for (int attempt = 1;; attempt++) {
			JobExecution execution = latestOfInstance(this.queries.require(executionId));
			refuseUnless(LifecycleRules.Action.STOP, execution);
			if (execution.getStatus() == BatchStatus.STOPPING) {
				return execution;
			}
			execution.setStatus(BatchStatus.STOPPING);
			try {
				this.repository.update(execution);
				return execution;
			}
			catch (OptimisticLockingFailureException ex) {
				// The running process wrote the execution in between: read it again.
				if (attempt == STOP_ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	public JobExecution abandon(long executionId) {
		this.launcher.recoverOrphans();
		JobExecution execution = latestOfInstance(this.queries.require(executionId));
		refuseUnless(LifecycleRules.Action.ABANDON, execution);
		try {
			return this.operator.abandon(execution);
		}
		catch (Exception ex) {
			throw new LaunchRefusedException("cannot abandon execution " + executionId + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Only the newest execution of an instance can be continued, stopped or abandoned.
	 */
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
