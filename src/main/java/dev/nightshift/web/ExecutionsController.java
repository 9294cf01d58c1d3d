package dev.nightshift.web;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.nightshift.definition.InvalidParameterException;
import dev.nightshift.definition.JobDefinitions;
import dev.nightshift.engine.Parameters;
import dev.nightshift.ops.BackgroundLaunches;
import dev.nightshift.ops.ExecutionControl;
import dev.nightshift.ops.ExecutionQueries;
import dev.nightshift.ops.ExecutionReport;
import dev.nightshift.ops.Progress;
import dev.nightshift.web.ApiErrors.NotFoundException;
import dev.nightshift.web.JobsController.Accepted;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Executions: the list, one execution with its steps, partitions, counts, progress and
 * errors, and the operator's restart, stop and abandon, with the CLI's rules.
 */
@RestController
@RequestMapping("/api/executions")
@ConditionalOnWebApplication
class ExecutionsController {

	private final ExecutionQueries queries;

	private final ExecutionControl control;

	private final BackgroundLaunches launches;

	private final JobDefinitions definitions;

	ExecutionsController(ExecutionQueries queries, ExecutionControl control, BackgroundLaunches launches,
			JobDefinitions definitions) {
		this.queries = queries;
		this.control = control;
		this.launches = launches;
		this.definitions = definitions;
	}

	/** Newest first. */
	@GetMapping
	List<ExecutionSummary> list(@RequestParam(required = false) String job,
			@RequestParam(required = false) String status, @RequestParam(defaultValue = "100") int limit) {
		if (job != null && this.definitions.find(job).isEmpty()) {
			throw new NotFoundException("unknown job '%s'".formatted(job));
		}
		BatchStatus wanted = (status != null) ? status(status) : null;
		return this.queries.list(job, Math.max(1, limit))
			.stream()
			.filter(execution -> wanted == null || execution.getStatus() == wanted)
			.map(ExecutionSummary::of)
			.toList();
	}

	@GetMapping("/{id}")
	ExecutionDetail execution(@PathVariable long id) {
		JobExecution execution = require(id);
		return new ExecutionDetail(this.queries.report(execution), this.queries.progress(id).orElse(null));
	}

	@PostMapping("/{id}/restart")
	ResponseEntity<Accepted> restart(@PathVariable long id) {
		require(id);
		return Accepted.of(this.launches.submit(this.control.prepareRestart(String.valueOf(id))));
	}

	@PostMapping("/{id}/stop")
	ResponseEntity<ExecutionSummary> stop(@PathVariable long id) {
		require(id);
		return ResponseEntity.accepted().body(ExecutionSummary.of(this.control.stop(id)));
	}

	@PostMapping("/{id}/abandon")
	ExecutionSummary abandon(@PathVariable long id) {
		require(id);
		return ExecutionSummary.of(this.control.abandon(id));
	}

	private JobExecution require(long id) {
		return this.queries.find(id).orElseThrow(() -> new NotFoundException("no execution " + id));
	}

	private static BatchStatus status(String text) {
		try {
			return BatchStatus.valueOf(text.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidParameterException("status", text, "one of " + List.of(BatchStatus.values()));
		}
	}

	record ExecutionSummary(long id, String job, long instanceId, String status, String exitCode, LocalDateTime started,
			LocalDateTime ended, Duration duration, Map<String, Object> parameters) {

		static ExecutionSummary of(JobExecution execution) {
			return new ExecutionSummary(execution.getId(), execution.getJobInstance().getJobName(),
					execution.getJobInstance().getInstanceId(), execution.getStatus().name(),
					execution.getExitStatus().getExitCode(), execution.getStartTime(), execution.getEndTime(),
					ExecutionQueries.duration(execution.getStartTime(), execution.getEndTime()),
					Parameters.byName(execution.getJobParameters()));
		}

	}

	/**
	 * @param progress the current step, its partitions done and records read
	 */
	record ExecutionDetail(ExecutionReport execution, Progress progress) {
	}

}
