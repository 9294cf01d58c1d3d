package dev.nightshift.ops;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Marks FAILED every execution that the repository shows running but whose process is
 * gone (a {@code kill -9}, a crash, a power cut), so that it can be restarted. Runs
 * before every launch and restart and on {@code recover}.
 *
 * <pre>{@code
 * for (Recovered recovered : task.run()) {
 *     System.out.println(recovered.execution().getId() + ": " + recovered.reason());
 * }
 * }</pre>
 */
@Component
public class RecoverOrphanedExecutionsTask {

	private static final Log logger = LogFactory.getLog(RecoverOrphanedExecutionsTask.class);

	/** An execution marked FAILED, and why its process was taken for gone. */
	public record Recovered(JobExecution execution, String reason) {
	}

	private final JobRepository repository;

	private final JobOperator operator;

	private final ExecutionOwners owners;

	private final OwnerLiveness liveness;

	RecoverOrphanedExecutionsTask(JobRepository repository, JobOperator operator, ExecutionOwners owners,
			OwnerLiveness liveness) {
		this.repository = repository;
		this.operator = operator;
		this.owners = owners;
		this.liveness = liveness;
	}

	public List<Recovered> run() {
		List<Recovered> recovered = new ArrayList<>();
		for (String job : this.repository.getJobNames()) {
			for (JobExecution execution : this.repository.findRunningJobExecutions(job)) {
				whyOrphaned(execution).ifPresent(reason -> recovered.add(recover(execution, reason)));
			}
		}
		return recovered;
	}

	Optional<String> whyOrphaned(JobExecution execution) {
		Optional<ExecutionOwner> owner = this.owners.find(execution.getId());
		if (owner.isPresent()) {
			return this.liveness.whyGone(owner.get());
		}
		// Started by something that records no owner (a test, another tool): only silence
		// tells.
		LocalDateTime last = lastSignOfLife(execution);
		return this.liveness.silentFor(last.atZone(ZoneId.systemDefault()).toInstant())
			.map(silence -> "it has no recorded owner and nothing was written for " + silence.toSeconds() + " s");
	}

	private Recovered recover(JobExecution execution, String reason) {
		this.operator.recover(execution);
		execution.setExitStatus(ExitStatus.FAILED.addExitDescription("recovered: " + reason));
		this.repository.update(execution);
		logger.warn("Recovered execution " + execution.getId() + " of " + execution.getJobInstance().getJobName()
				+ " (now FAILED): " + reason);
		return new Recovered(execution, reason);
	}

	private static LocalDateTime lastSignOfLife(JobExecution execution) {
		LocalDateTime last = execution.getLastUpdated() != null ? execution.getLastUpdated()
				: execution.getCreateTime();
		for (StepExecution step : execution.getStepExecutions()) {
			if (step.getLastUpdated() != null && step.getLastUpdated().isAfter(last)) {
				last = step.getLastUpdated();
			}
		}
		return last;
	}

}
