package dev.nightshift.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import dev.nightshift.engine.WorkArea;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Deletes instances that can never run again (their latest execution COMPLETED or
 * ABANDONED) and ended before the cut-off: their executions, steps, contexts, owners and
 * work areas. A FAILED or STOPPED instance is kept whatever its age, since it may still
 * be restarted.
 *
 * <pre>{@code
 * List<Purged> purged = task.run(Duration.ofDays(30), false);
 * }</pre>
 */
@Component
public class PurgeOldExecutionsTask {

	/** An instance deleted (or, on a dry run, that would be) with its executions. */
	public record Purged(JobInstance instance, JobExecution latest, int executions) {
	}

	private final JobRepository repository;

	private final ExecutionOwners owners;

	private final Clock clock;

	PurgeOldExecutionsTask(JobRepository repository, ExecutionOwners owners, Clock clock) {
		this.repository = repository;
		this.owners = owners;
		this.clock = clock;
	}

	public List<Purged> run(Duration olderThan, boolean dryRun) {
		// Spring Batch writes local times of the system zone.
		LocalDateTime cutOff = LocalDateTime.ofInstant(this.clock.instant().minus(olderThan), ZoneId.systemDefault());
		List<Purged> purged = new ArrayList<>();
		for (String job : this.repository.getJobNames()) {
			for (JobInstance instance : this.repository.getJobInstances(job, 0, Integer.MAX_VALUE)) {
				List<JobExecution> executions = this.repository.getJobExecutions(instance);
				JobExecution latest = this.repository.getLastJobExecution(instance);
				if (latest != null && isFinal(latest.getStatus()) && endOf(latest).isBefore(cutOff)) {
					if (!dryRun) {
						delete(instance, executions);
					}
					purged.add(new Purged(instance, latest, executions.size()));
				}
			}
		}
		return purged;
	}

	private void delete(JobInstance instance, List<JobExecution> executions) {
		for (JobExecution execution : executions) {
			String workArea = execution.getExecutionContext().getString(WorkArea.CONTEXT_KEY, null);
			if (workArea != null) {
				deleteWorkArea(Path.of(workArea));
			}
			this.owners.forget(execution.getId());
		}
		this.repository.deleteJobInstance(instance);
	}

	private static void deleteWorkArea(Path root) {
		try {
			WorkArea.deleteRecursively(root);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot delete work area " + root, ex);
		}
	}

	private static boolean isFinal(BatchStatus status) {
		return status == BatchStatus.COMPLETED || status == BatchStatus.ABANDONED;
	}

	private static LocalDateTime endOf(JobExecution execution) {
		if (execution.getEndTime() != null) {
			return execution.getEndTime();
		}
		return (execution.getLastUpdated() != null) ? execution.getLastUpdated() : execution.getCreateTime();
	}

}
