package dev.nightshift.ops;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import dev.nightshift.engine.StepTotals;

/**
 * One execution as an operator reads it: what ran, how it ended and why, step by step and
 * partition by partition, with instance-wide totals that stay right after restarts.
 */
public record ExecutionReport(long executionId, long instanceId, String job, String status, String exitCode,
		Map<String, Object> parameters, LocalDateTime started, LocalDateTime ended, Duration duration,
		List<StepRow> steps, Map<String, StepTotals> totals, String failure, String outputFile, String headline,
		List<ExecutionReport> children) {

	/** One step or partition execution of this execution. */
	public record StepRow(String name, String status, long read, long written, long skipped, long filtered,
			Duration duration, String exitMessage) {
	}

}
