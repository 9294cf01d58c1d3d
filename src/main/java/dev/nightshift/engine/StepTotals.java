package dev.nightshift.engine;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * Totals of one step over a whole job instance. After a restart the manager step's counts
 * cover only the partitions that ran again (spring-batch#5158), so these come from the
 * latest execution of every partition, across all executions of the instance.
 *
 * @param step the step name, such as {@code map}
 * @param partitions partitions known (0 for a step that is not partitioned)
 * @param completed partitions whose latest execution completed
 */
public record StepTotals(String step, int partitions, int completed, long read, long written, long skipped) {

	/** Per step, in the order steps first ran. */
	public static Map<String, StepTotals> of(List<JobExecution> executionsOfInstance) {
		Map<String, StepExecution> latest = new TreeMap<>();
		executionsOfInstance.stream()
			.flatMap(execution -> execution.getStepExecutions().stream())
			.sorted(Comparator.comparingLong(StepExecution::getId))
			.forEach(stepExecution -> latest.put(stepExecution.getStepName(), stepExecution));
		Map<String, Boolean> partitioned = new LinkedHashMap<>();
		latest.values()
			.stream()
			.sorted(Comparator.comparingLong(StepExecution::getId))
			.forEach(step -> partitioned.merge(stepOf(step.getStepName()), step.getStepName().contains(":"),
					Boolean::logicalOr));
		Map<String, StepTotals> totals = new LinkedHashMap<>();
		partitioned.forEach((step, isPartitioned) -> totals.put(step, total(step, isPartitioned, latest)));
		return totals;
	}

	private static StepTotals total(String step, boolean partitioned, Map<String, StepExecution> latest) {
		int partitions = 0;
		int completed = 0;
		long read = 0;
		long written = 0;
		long skipped = 0;
		for (StepExecution execution : latest.values()) {
			String name = execution.getStepName();
			boolean counts = partitioned ? name.startsWith(step + ":") : name.equals(step);
			if (!counts) {
				continue;
			}
			if (partitioned) {
				partitions++;
				completed += (execution.getStatus() == BatchStatus.COMPLETED) ? 1 : 0;
			}
			read += execution.getReadCount();
			written += execution.getWriteCount();
			skipped += execution.getSkipCount();
		}
		return new StepTotals(step, partitions, completed, read, written, skipped);
	}

	private static String stepOf(String stepName) {
		int colon = stepName.indexOf(':');
		return (colon < 0) ? stepName : stepName.substring(0, colon);
	}

}
