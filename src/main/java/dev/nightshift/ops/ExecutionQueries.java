package dev.nightshift.ops;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.nightshift.definition.InvalidParameterException;
import dev.nightshift.engine.MapReduceJobFactory;
import dev.nightshift.engine.Parameters;
import dev.nightshift.engine.StepTotals;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Reads executions back from the job repository for {@code status}, {@code list} and
 * progress.
 */
@Component
public class ExecutionQueries {

	private static final String STOPPED = "stopped on request";

	private final JobRepository repository;

	ExecutionQueries(JobRepository repository) {
		this.repository = repository;
	}

	public Optional<JobExecution> find(long executionId) {
		try {
			return Optional.ofNullable(this.repository.getJobExecution(executionId));
		}
		catch (EmptyResultDataAccessException ex) {
			// Spring Batch 6's JDBC DAO throws where its interface promises null.
			return Optional.empty();
		}
	}

	/**
	 * @throws InvalidParameterException when there is no such execution
	 */
	public JobExecution require(long executionId) {
		return find(executionId).orElseThrow(() -> new InvalidParameterException("executionId",
				"no execution " + executionId + " (see ./nightshift list)"));
	}

	/** Newest first, across jobs unless one is named. */
	public List<JobExecution> list(String jobName, int limit) {
		List<String> names = (jobName != null) ? List.of(jobName) : this.repository.getJobNames();
		List<JobExecution> executions = new ArrayList<>();
		for (String name : names) {
			for (JobInstance instance : this.repository.getJobInstances(name, 0, limit)) {
				executions.addAll(this.repository.getJobExecutions(instance));
			}
		}
		executions.sort(Comparator.comparingLong(JobExecution::getId).reversed());
		return executions.subList(0, Math.min(limit, executions.size()));
	}

	/**
	 * Progress of the newest execution of an instance, once one newer than {@code after}
	 * exists.
	 * @param after the execution a restart continues, or null
	 */
	public Optional<Progress> progress(long executionId) {
		return find(executionId).map(execution -> {
			Progress progress = Progress.of(execution);
			return runningChild(execution).map(child -> progress.within(Progress.of(child))).orElse(progress);
		});
	}

	/** The child a pipeline's running step runs, once it has started. */
	Optional<JobExecution> runningChild(JobExecution pipeline) {
		return pipeline.getStepExecutions()
			.stream()
			.filter(step -> step.getStatus().isRunning())
			.map(this::child)
			.flatMap(Optional::stream)
			.findFirst();
	}

	public Optional<JobExecution> latest() {
		return list(null, 1).stream().findFirst();
	}

	public ExecutionReport report(JobExecution execution) {
		List<ExecutionReport.StepRow> steps = execution.getStepExecutions()
			.stream()
			.sorted(Comparator.comparingLong(StepExecution::getId))
			.map(step -> new ExecutionReport.StepRow(step.getStepName(), step.getStatus().name(), step.getReadCount(),
					step.getWriteCount(), step.getSkipCount(), step.getFilterCount(),
					duration(step.getStartTime(), step.getEndTime()), exitMessage(step)))
			.toList();
		Map<String, Object> parameters = Parameters.byName(execution.getJobParameters());
		Map<String, StepTotals> totals = StepTotals.of(this.repository.getJobExecutions(execution.getJobInstance()));
		List<ExecutionReport> children = children(execution);
		String failure = children.stream()
			.filter(child -> child.failure() != null)
			.map(child -> "%s (execution %d): %s".formatted(child.job(), child.executionId(), child.failure()))
			.findFirst()
			.orElse(rootCause(execution));
		return new ExecutionReport(execution.getId(), execution.getJobInstance().getInstanceId(),
				execution.getJobInstance().getJobName(), execution.getStatus().name(),
				execution.getExitStatus().getExitCode(), parameters, execution.getStartTime(), execution.getEndTime(),
				duration(execution.getStartTime(), execution.getEndTime()), steps, totals, failure,
				contextValue(execution, MapReduceJobFactory.OUTPUT_FILE_KEY),
				contextValue(execution, MapReduceJobFactory.HEADLINE_KEY), children);
	}

	/** The executions a pipeline's steps ran, in the order of the steps. */
	private List<ExecutionReport> children(JobExecution execution) {
		return execution.getStepExecutions()
			.stream()
			.sorted(Comparator.comparingLong(StepExecution::getId))
			.map(this::child)
			.flatMap(Optional::stream)
			.map(this::report)
			.toList();
	}

	/** The job a pipeline's step started, if it is one and got that far. */
	private Optional<JobExecution> child(StepExecution step) {
		return step.getExecutionContext().containsKey(ChildJobOperator.CHILD_EXECUTION_KEY)
				? find(step.getExecutionContext().getLong(ChildJobOperator.CHILD_EXECUTION_KEY)) : Optional.empty();
	}

	/**
	 * The first line of the first failure: a partition's (a manager step only says that
	 * one failed), else another step's, else the job's.
	 */
	private static String rootCause(JobExecution execution) {
		if (execution.getStatus() == BatchStatus.STOPPED) {
			return null;
		}
		for (boolean partitions : new boolean[] { true, false }) {
			for (StepExecution step : execution.getStepExecutions()) {
				if (step.getStepName().contains(":") != partitions || step.getStatus() != BatchStatus.FAILED) {
					continue;
				}
				if (!step.getFailureExceptions().isEmpty()) {
					return describe(step.getFailureExceptions().get(0));
				}
				String description = step.getExitStatus().getExitDescription();
				if (description != null && !description.isBlank()) {
					return rootLine(description);
				}
			}
		}
		if (!execution.getAllFailureExceptions().isEmpty()) {
			return describe(execution.getAllFailureExceptions().get(0));
		}
		String description = execution.getExitStatus().getExitDescription();
		return (description == null || description.isBlank()) ? null : rootLine(description);
	}

	private static String exitMessage(StepExecution step) {
		return (step.getStatus() == BatchStatus.STOPPED) ? STOPPED
				: firstLine(step.getExitStatus().getExitDescription());
	}

	private static String describe(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + firstLine(root.getMessage());
	}

	/**
	 * An exit description holds a stack trace; its last "Caused by" line is the root
	 * cause.
	 */
	private static String rootLine(String description) {
		String root = firstLine(description);
		for (String line : description.split("\n")) {
			if (line.startsWith("Caused by: ")) {
				root = line.substring("Caused by: ".length());
			}
		}
		return root;
	}

	/**
	 * The first step's value of {@code key}: an output file or headline a step recorded.
	 */
	private static String contextValue(JobExecution execution, String key) {
		return execution.getStepExecutions()
			.stream()
			.map(step -> step.getExecutionContext().getString(key, null))
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

	private static String firstLine(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		int newline = text.indexOf('\n');
		return (newline < 0) ? text.strip() : text.substring(0, newline).strip();
	}

	public static Duration duration(LocalDateTime start, LocalDateTime end) {
		if (start == null) {
			return null;
		}
		return Duration.between(start, (end != null) ? end : LocalDateTime.now());
	}

}
