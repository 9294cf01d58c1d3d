package dev.nightshift.jobs.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.nightshift.definition.JobDefinitions;
import dev.nightshift.engine.EngineSettings;
import dev.nightshift.engine.PartitionedSteps;
import dev.nightshift.engine.WorkArea;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code ingest}:
 * {@code list → store (one partition per file or group of small files) → catalog}.
 */
@Configuration(proxyBeanMethods = false)
class IngestJobConfiguration {

	static final String NAME = "ingest";

	@Bean
	Job ingest(PartitionedSteps steps, EngineSettings settings, JobDefinitions definitions) {
		return new JobBuilder(NAME, steps.repository()).validator(definitions.get(NAME).validator())
			.listener(steps.workAreas())
			.start(steps.tasklet("list", new ListInputsTasklet(settings.effectiveThreads())))
			.next(steps.partitioned("store", IngestJobConfiguration::inputGroups, new StoreFilesTasklet()))
			.next(steps.tasklet("catalog", new CatalogTasklet()))
			.build();
	}

	/**
	 * A {@link Partitioner}: one partition per group of the plan that step {@code list}
	 * wrote, read through the manager step Spring Batch registers on this thread.
	 */
	private static Map<String, ExecutionContext> inputGroups(int gridSize) {
		StepExecution manager = StepSynchronizationManager.getContext().getStepExecution();
		InputPlan plan;
		try {
			plan = InputPlan.read(ListInputsTasklet.planFile(WorkArea.of(manager.getJobExecution())));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		List<List<Path>> groups = plan.groups();
		for (int i = 0; i < groups.size(); i++) {
			ExecutionContext context = new ExecutionContext();
			context.putString(StoreFilesTasklet.FILES,
					groups.get(i).stream().map(Path::toString).collect(Collectors.joining("\n")));
			partitions.put(InputPlan.partitionName(i), context);
		}
		return partitions;
	}

}
