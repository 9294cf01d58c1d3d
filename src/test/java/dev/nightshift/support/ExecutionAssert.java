package dev.nightshift.support;

import java.util.List;

import org.assertj.core.api.AbstractAssert;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * {@code assertThat(execution).hasStatus(COMPLETED).ranPartitions("map", "partition-0003")}.
 */
public final class ExecutionAssert extends AbstractAssert<ExecutionAssert, JobExecution> {

	private ExecutionAssert(JobExecution actual) {
		super(actual, ExecutionAssert.class);
	}

	public static ExecutionAssert assertThat(JobExecution execution) {
		return new ExecutionAssert(execution);
	}

	public ExecutionAssert hasStatus(BatchStatus status) {
		isNotNull();
		if (this.actual.getStatus() != status) {
			failWithMessage("expected execution %d to be %s but was %s; failures: %s", this.actual.getId(), status,
					this.actual.getStatus(), this.actual.getAllFailureExceptions());
		}
		return this;
	}

	/** The partitions of {@code step} that ran in this execution, exactly. */
	public ExecutionAssert ranPartitions(String step, String... partitions) {
		org.assertj.core.api.Assertions.assertThat(partitionsOf(step))
			.as("partitions of %s run by execution %d", step, this.actual.getId())
			.containsExactlyInAnyOrder(partitions);
		return this;
	}

	public ExecutionAssert hasPartitions(String step, int count) {
		org.assertj.core.api.Assertions.assertThat(partitionsOf(step))
			.as("partitions of %s in execution %d", step, this.actual.getId())
			.hasSize(count);
		return this;
	}

	/** Steps (not partitions) that ran in this execution, in order. */
	public ExecutionAssert ranSteps(String... steps) {
		org.assertj.core.api.Assertions
			.assertThat(this.actual.getStepExecutions()
				.stream()
				.map(StepExecution::getStepName)
				.filter(name -> !name.contains(":"))
				.toList())
			.containsExactlyInAnyOrder(steps);
		return this;
	}

	private List<String> partitionsOf(String step) {
		return this.actual.getStepExecutions()
			.stream()
			.map(StepExecution::getStepName)
			.filter(name -> name.startsWith(step + ":"))
			.map(name -> name.substring(step.length() + 1))
			.toList();
	}

}
