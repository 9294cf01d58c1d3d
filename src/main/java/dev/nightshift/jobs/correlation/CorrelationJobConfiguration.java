package dev.nightshift.jobs.correlation;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.nightshift.definition.JobDefinitions;
import dev.nightshift.engine.EngineSettings;
import dev.nightshift.engine.PartitionedSteps;
import dev.nightshift.engine.WorkArea;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code correlation}: {@code load → pairs (one partition per tile of the upper triangle)
 * → publish}.
 */
@Configuration(proxyBeanMethods = false)
class CorrelationJobConfiguration {

	static final String NAME = "correlation";

	@Bean
	Job correlation(PartitionedSteps steps, EngineSettings settings, JobDefinitions definitions) {
		BlockCache blocks = BlockCache.ofHeap();
		return new JobBuilder(NAME, steps.repository()).validator(definitions.get(NAME).validator())
			.listener(steps.workAreas())
			.listener(blocks)
			.start(steps.tasklet("load", new LoadSeriesTasklet(settings.effectiveThreads())))
			.next(steps.partitioned("pairs", CorrelationJobConfiguration::tiles, new PairsTasklet(blocks)))
			.next(steps.tasklet("publish", new PublishCorrelationTasklet()))
			.build();
	}

	/**
	 * A {@link Partitioner}: one partition per tile of the plan that step {@code load}
	 * wrote, read through the manager step Spring Batch registers on this thread.
	 */
	private static Map<String, ExecutionContext> tiles(int gridSize) {
		WorkArea area = WorkArea.of(StepSynchronizationManager.getContext().getStepExecution().getJobExecution());
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		for (TilePlan.Tile tile : TilePlan.read(area).tiles()) {
			ExecutionContext context = new ExecutionContext();
			context.putInt(PairsTasklet.TILE, tile.number());
			partitions.put(tile.partitionName(), context);
		}
		return partitions;
	}

}
