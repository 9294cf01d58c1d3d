package dev.nightshift.ops;

import java.util.Map;

import dev.nightshift.definition.JobDefinition;
import dev.nightshift.definition.JobDefinitions;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.stereotype.Component;

/**
 * Launches jobs by definition name with {@code name=value} arguments. Same identifying
 * parameters mean the same instance (Spring Batch): a completed instance is refused
 * unless a new run is asked for, a running one is refused, a failed or stopped one is
 * restarted where it stopped.
 *
 * <pre>{@code
 * Launch launch = launcher.prepare("wordcount", Map.of("input", "data/documents"), false);
 * JobExecution execution = launcher.run(launch);
 * }</pre>
 */
@Component
public class Launcher {

	private final JobDefinitions definitions;

	private final JobRepository repository;

	private final BeanFactory beans;

	private final JobOperator operator;

	Launcher(JobDefinitions definitions, JobRepository repository, BeanFactory beans, JobOperator operator) {
		this.definitions = definitions;
		this.repository = repository;
		this.beans = beans;
		this.operator = operator;
	}

	/**
	 * Checks everything that can be checked before running.
	 * @throws dev.nightshift.definition.InvalidParameterException for an unknown job or a
	 * bad parameter
	 * @throws LaunchRefusedException when the instance completed or is running
	 */
	public Launch prepare(String jobName, Map<String, String> arguments, boolean newRun) {
		JobDefinition definition = this.definitions.get(jobName);
		JobParameters parameters = definition.parse(arguments);
		if (newRun) {
			parameters = JobDefinition.withRunId(parameters, nextRunId(jobName));
		}
		Job job = this.beans.getBean(jobName, Job.class);
		JobInstance instance = this.repository.getJobInstance(jobName, parameters);
		JobExecution last = (instance != null) ? this.repository.getLastJobExecution(instance) : null;
		if (last != null) {
			refuseIfNotRestartable(jobName, last);
		}
		return new Launch(definition, job, parameters, last);
	}

	public JobExecution run(Launch launch) {
		try {
			return this.operator.start(launch.job(), launch.parameters());
		}
		catch (JobExecutionAlreadyRunningException ex) {
			throw new LaunchRefusedException(launch.definition().name() + " is already running", ex);
		}
		catch (JobInstanceAlreadyCompleteException ex) {
			throw new LaunchRefusedException(launch.definition().name() + " with these parameters already completed",
					ex);
		}
		catch (Exception ex) {
			throw new IllegalStateException("cannot launch " + launch.definition().name() + ": " + ex.getMessage(), ex);
		}
	}

	private static void refuseIfNotRestartable(String jobName, JobExecution last) {
		if (last.getStatus().isRunning()) {
			throw new LaunchRefusedException(
					"%s with these parameters is already running (execution %d)".formatted(jobName, last.getId()));
		}
		String refusal = LifecycleRules.refusal(LifecycleRules.Action.RESTART, last.getStatus());
		if (refusal != null) {
			throw new LaunchRefusedException("%s with these parameters cannot run again (execution %d, %s): %s"
				.formatted(jobName, last.getId(), last.getStatus(), refusal));
		}
	}

	private long nextRunId(String jobName) {
		long max = 0;
		for (JobInstance instance : this.repository.getJobInstances(jobName, 0, Integer.MAX_VALUE)) {
			JobExecution last = this.repository.getLastJobExecution(instance);
			Long runId = (last != null) ? last.getJobParameters().getLong(JobDefinition.RUN_ID) : null;
			if (runId != null) {
				max = Math.max(max, runId);
			}
		}
		return max + 1;
	}

}
