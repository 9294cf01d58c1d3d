package dev.nightshift.ops;

import dev.nightshift.definition.JobDefinitions;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.support.TaskExecutorJobOperator;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;

/**
 * The operator a pipeline's {@code JobStep}s start their children with: Spring Batch's
 * own, except that a child starts through the {@link Launcher}, so it gets what every
 * launch gets (the launch lock, orphan recovery, an owner and a heartbeat, so that a
 * crash is recovered for the child too), and a child that already completed (a pipeline
 * that crashed just after it) counts as done instead of failing the pipeline. The child's
 * execution id goes to the pipeline step, for status and the summary.
 */
final class ChildJobOperator extends TaskExecutorJobOperator {

	static final String CHILD_EXECUTION_KEY = "nightshift.child.execution";

	private final Launcher launcher;

	private final JobDefinitions definitions;

	private final JobRepository repository;

	ChildJobOperator(Launcher launcher, JobDefinitions definitions, JobRepository repository) {
		this.launcher = launcher;
		this.definitions = definitions;
		this.repository = repository;
		setJobRepository(repository);
		setJobRegistry(new MapJobRegistry());
	}

	@Override
	public JobExecution start(Job job, JobParameters parameters) {
		JobInstance instance = this.repository.getJobInstance(job.getName(), parameters);
		JobExecution last = (instance != null) ? this.repository.getLastJobExecution(instance) : null;
		if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
			recordChild(last);
			return last;
		}
		Started started = this.launcher.start(this.launcher.launchOf(this.definitions.get(job.getName()), parameters));
		recordChild(started.execution());
		return this.launcher.execute(started);
	}

	/** Saved at once, so that progress follows the child while it runs. */
	private void recordChild(JobExecution child) {
		StepContext step = StepSynchronizationManager.getContext();
		if (step != null) {
			step.getStepExecution().getExecutionContext().putLong(CHILD_EXECUTION_KEY, child.getId());
			this.repository.updateExecutionContext(step.getStepExecution());
		}
	}

}
