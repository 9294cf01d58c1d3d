package dev.nightshift.engine;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParametersValidator;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;

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

	/**
	 * Where a step leaves a one-line result for the launch summary, such as the best
	 * pair.
	 */
	public static final String HEADLINE_KEY = "output.headline";

	private final PartitionedSteps steps;

	private final EngineSettings settings;

	public MapReduceJobFactory(PartitionedSteps steps, EngineSettings settings) {
		this.steps = steps;
		this.settings = settings;
	}

	public Job create(MapReduceJob<?, ?, ?, ?> job, JobParametersValidator validator) {
		JobRepository repository = this.steps.repository();
		return new JobBuilder(job.name(), repository).validator(validator)
			.listener(this.steps.workAreas())
			.start(this.steps.tasklet("split", new SplitTasklet(job, this.settings)))
			.next(this.steps.partitioned("map", PlanPartitioners.splits(), new MapTasklet<>(job, this.settings)))
			.next(this.steps.partitioned("shuffle", PlanPartitioners.reducePartitions(),
					new ShuffleTasklet(job, this.settings)))
			.next(this.steps.partitioned("reduce", PlanPartitioners.reducePartitions(),
					new ReduceTasklet<>(job, this.settings)))
			.next(this.steps.tasklet("publish", new PublishTasklet(job, repository, this.settings)))
			.build();
	}

}
