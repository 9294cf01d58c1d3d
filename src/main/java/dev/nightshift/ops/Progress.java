package dev.nightshift.ops;

import java.util.Comparator;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * Where a running execution is: its current step, that step's partitions done and total
 * in this execution, and the records they have read so far.
 */
public record Progress(long executionId, String status, String step, int partitionsDone, int partitions,
		long recordsRead) {

	static Progress of(JobExecution execution) {
		List<StepExecution> steps = execution.getStepExecutions()
			.stream()
			.sorted(Comparator.comparingLong(StepExecution::getId))
			.toList();
		String current = steps.stream()
			.map(StepExecution::getStepName)
			.filter(name -> !name.contains(":"))
			.reduce((first, second) -> second)
			.orElse("starting");
		List<StepExecution> partitions = steps.stream()
			.filter(step -> step.getStepName().startsWith(current + ":"))
			.toList();
		int done = (int) partitions.stream().filter(step -> step.getStatus() == BatchStatus.COMPLETED).count();
		long read = partitions.isEmpty() ? steps.stream()
			.filter(step -> step.getStepName().equals(current))
			.mapToLong(StepExecution::getReadCount)
			.sum() : partitions.stream().mapToLong(StepExecution::getReadCount).sum();
		return new Progress(execution.getId(), execution.getStatus().name(), current, done, partitions.size(), read);
	}

	/** A pipeline's progress: the step of the child its current step runs. */
	Progress within(Progress child) {
		return new Progress(this.executionId, this.status, this.step + " › " + child.step(), child.partitionsDone(),
				child.partitions(), child.recordsRead());
	}

}
