package dev.nightshift.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.support.ResourcelessJobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import static org.assertj.core.api.Assertions.assertThat;

class NameOrderedSplitterTest {

	@Test
	void partitionsComeInTheOrderOfTheirNamesWhateverThePartitionersMap() throws Exception {
		ResourcelessJobRepository repository = new ResourcelessJobRepository();
		JobInstance instance = repository.createJobInstance("job", new JobParameters());
		JobExecution job = repository.createJobExecution(instance, new JobParameters(), new ExecutionContext());
		StepExecution manager = repository.createStepExecution("map", job);
		Map<String, ExecutionContext> partitions = new HashMap<>();
		IntStream.range(0, 200).forEach(n -> partitions.put("partition-%04d".formatted(n), new ExecutionContext()));

		List<String> started = new NameOrderedSplitter(repository, "map", grid -> partitions).split(manager, 2)
			.stream()
			.map(StepExecution::getStepName)
			.toList();

		assertThat(started).hasSize(200).isSorted().startsWith("map:partition-0000", "map:partition-0001");
	}

}
