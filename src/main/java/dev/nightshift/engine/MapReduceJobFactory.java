package dev.nightshift.engine;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParametersValidator;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds the Spring Batch job of a {@link MapReduceJob}:
 * {@code split → map → shuffle → reduce →
 * publish}, the three middle steps partitioned ({@code map:partition-0007}) and run by a
 * {@link TaskExecutorPartitionHandler} over a bounded executor.
 *
 * <pre>{@code
 * Job job = factory.create(wordcount, validator);
 * jobOperator.start(job, parameters);
 * }</pre>
 */
public final class MapReduceJobFactory {

	/** Key of the published output file in the publish step's execution context. */
	public static final String OUTPUT_FILE_KEY = "output.file";

	private final JobRepository repository;

	private final PlatformTransactionManager transactionManager;

	private final EngineSettings settings;

	private final TaskExecutor partitionExecutor;

	public MapReduceJobFactory(JobRepository repository, PlatformTransactionManager transactionManager,
			EngineSettings settings) {
		this.repository = repository;
		this.transactionManager = transactionManager;
		this.settings = settings;
		this.partitionExecutor = boundedExecutor(settings.effectiveThreads());
	}

	public Job create(MapReduceJob<?, ?, ?, ?> job, JobParametersValidator validator) {
		Step split = new StepBuilder("split", this.repository)
			.tasklet(new SplitTasklet(job, this.settings), this.transactionManager)
			.build();
		Step publish = new StepBuilder("publish", this.repository)
			.tasklet(new PublishTasklet(job, this.repository, this.settings), this.transactionManager)
			.build();
		return new JobBuilder(job.name(), this.repository).validator(validator)
			.listener(new WorkAreaListener(this.settings.workRoot()))
			.start(split)
			.next(partitioned("map", PlanPartitioners.splits(), new MapTasklet<>(job, this.settings)))
			.next(partitioned("shuffle", PlanPartitioners.reducePartitions(), new ShuffleTasklet(job, this.settings)))
			.next(partitioned("reduce", PlanPartitioners.reducePartitions(), new ReduceTasklet<>(job, this.settings)))
			.next(publish)
			.build();
	}

	private Step partitioned(String name, Partitioner partitioner, PartitionTasklet tasklet) {
		Step worker = new StepBuilder(name, this.repository).tasklet(tasklet, this.transactionManager)
			.listener(tasklet)
			.build();
		TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
		handler.setStep(worker);
		handler.setTaskExecutor(this.partitionExecutor);
		handler.setGridSize(this.settings.effectiveThreads());
		return new StepBuilder(name, this.repository).partitioner(name, partitioner).partitionHandler(handler).build();
	}

	/** At most {@code threads} partitions at once; a submitter waits for a free slot. */
	private static TaskExecutor boundedExecutor(int threads) {
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("partition-");
		executor.setConcurrencyLimit(threads);
		return executor;
	}

}
