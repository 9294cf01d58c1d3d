package dev.nightshift.engine;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds the steps every Nightshift job is made of: tasklet steps, and partitioned steps
 * whose partitions a {@link TaskExecutorPartitionHandler} runs over one bounded executor
 * shared by all jobs of the process ({@code nightshift.engine.threads} at once).
 */
public final class PartitionedSteps {

	private final JobRepository repository;

	private final PlatformTransactionManager transactionManager;

	private final EngineSettings settings;

	private final TaskExecutor partitionExecutor;

	private final FaultInjection faults;

	public PartitionedSteps(JobRepository repository, PlatformTransactionManager transactionManager,
			EngineSettings settings, FaultInjection faults) {
		this.repository = repository;
		this.transactionManager = transactionManager;
		this.settings = settings;
		this.faults = faults;
		this.partitionExecutor = boundedExecutor(settings.effectiveThreads());
	}

	public Step tasklet(String name, Tasklet tasklet) {
		return new StepBuilder(name, this.repository).tasklet(tasklet, this.transactionManager).build();
	}

	/**
	 * A partitioned step: a manager named {@code name} and workers
	 * {@code name:<partition>} running {@code tasklet}, started in the order of their
	 * names; the tasklet also hears its steps' start and end when it is a
	 * {@link StepExecutionListener}.
	 */
	public Step partitioned(String name, Partitioner partitioner, Tasklet tasklet) {
		StepBuilder builder = new StepBuilder(name, this.repository).listener(this.faults);
		if (tasklet instanceof StepExecutionListener listener) {
			builder.listener(listener);
		}
		Step worker = builder.tasklet(tasklet, this.transactionManager).build();
		TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
		handler.setStep(worker);
		handler.setTaskExecutor(this.partitionExecutor);
		handler.setGridSize(this.settings.effectiveThreads());
		return new StepBuilder(name, this.repository).partitioner(worker)
			.splitter(new NameOrderedSplitter(this.repository, name, partitioner))
			.partitionHandler(handler)
			.build();
	}

	/**
	 * Gives each new instance a work area under {@code nightshift.engine.work-root} (see
	 * {@link WorkArea#of(JobExecution)}) and deletes it once the instance completes.
	 */
	public JobExecutionListener workAreas() {
		return new WorkAreaListener(this.settings.workRoot());
	}

	public JobRepository repository() {
		return this.repository;
	}

	/** At most {@code threads} partitions at once; a submitter waits for a free slot. */
	private static TaskExecutor boundedExecutor(int threads) {
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("partition-");
		executor.setConcurrencyLimit(threads);
		return executor;
	}

}
