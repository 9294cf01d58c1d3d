package dev.nightshift.ops;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import dev.nightshift.engine.WorkArea;
import dev.nightshift.ops.PurgeOldExecutionsTask.Purged;
import dev.nightshift.ops.RecoverOrphanedExecutionsTask.Recovered;
import dev.nightshift.support.TestHome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recovery of orphaned executions and the purge of old ones, on executions written
 * straight into a repository, each under its own job name so that the tests do not see
 * each other's.
 */
@SpringBootTest
class HousekeepingTest {

	@DynamicPropertySource
	static void home(DynamicPropertyRegistry registry) {
		TestHome.create(registry, "housekeeping");
	}

	@Autowired
	JobRepository repository;

	@Autowired
	ExecutionOwners owners;

	@Autowired
	RecoverOrphanedExecutionsTask recovery;

	@Autowired
	PurgeOldExecutionsTask purge;

	@TempDir
	Path temp;

	@Test
	void executionsWhoseProcessIsGoneAreMarkedFailedAndTheOthersAreLeftRunning() {
		Instant now = Instant.now();
		ExecutionOwner self = ExecutionOwner.self(now);
		JobExecution deadPid = running("recover-dead", new ExecutionOwner(self.host(), deadPid(), now, now));
		JobExecution silentHost = running("recover-silent",
				new ExecutionOwner("elsewhere", 1, now, now.minus(Duration.ofHours(2))));
		JobExecution alive = running("recover-alive", self);
		JobExecution beatingHost = running("recover-beating", new ExecutionOwner("elsewhere", 1, now, now));
		JobExecution unowned = running("recover-unowned", null);

		List<Recovered> recovered = this.recovery.run();

		assertThat(recovered).extracting(r -> r.execution().getId())
			.containsExactlyInAnyOrder(deadPid.getId(), silentHost.getId());
		for (JobExecution gone : List.of(deadPid, silentHost)) {
			JobExecution stored = this.repository.getJobExecution(gone.getId());
			assertThat(stored.getStatus()).isEqualTo(BatchStatus.FAILED);
			assertThat(stored.getEndTime()).isNotNull();
			assertThat(stored.getExitStatus().getExitDescription()).startsWith("recovered: its process (pid");
		}
		for (JobExecution running : List.of(alive, beatingHost, unowned)) {
			assertThat(this.repository.getJobExecution(running.getId()).getStatus()).isEqualTo(BatchStatus.STARTED);
		}
		assertThat(this.recovery.run()).as("a second pass finds nothing more").isEmpty();
	}

	@Test
	void purgeDeletesOldFinishedInstancesWithTheirWorkAreasAndKeepsWhatMayStillRun() throws Exception {
		LocalDateTime longAgo = LocalDateTime.now().minusDays(40);
		JobExecution oldCompleted = finished("purge-completed", BatchStatus.COMPLETED, longAgo);
		JobExecution oldAbandoned = finished("purge-abandoned", BatchStatus.ABANDONED, longAgo);
		JobExecution oldFailed = finished("purge-failed", BatchStatus.FAILED, longAgo);
		JobExecution oldStopped = finished("purge-stopped", BatchStatus.STOPPED, longAgo);
		JobExecution recentCompleted = finished("purge-recent", BatchStatus.COMPLETED,
				LocalDateTime.now().minusDays(2));
		Path workArea = Files.createDirectories(this.temp.resolve("work/execution-old/map"));
		Files.writeString(workArea.resolve("spill-0000"), "spilled");
		oldCompleted.getExecutionContext().putString(WorkArea.CONTEXT_KEY, workArea.getParent().toString());
		this.repository.updateExecutionContext(oldCompleted);

		List<Purged> wouldPurge = this.purge.run(Duration.ofDays(30), true);
		assertThat(names(wouldPurge)).containsExactlyInAnyOrder("purge-completed", "purge-abandoned");
		assertThat(stored(oldCompleted)).as("a dry run deletes nothing").isTrue();
		assertThat(workArea).exists();

		List<Purged> purged = this.purge.run(Duration.ofDays(30), false);
		assertThat(names(purged)).containsExactlyInAnyOrder("purge-completed", "purge-abandoned");
		assertThat(stored(oldCompleted)).isFalse();
		assertThat(stored(oldAbandoned)).isFalse();
		assertThat(workArea.getParent()).doesNotExist();
		for (JobExecution kept : List.of(oldFailed, oldStopped, recentCompleted)) {
			assertThat(stored(kept)).isTrue();
		}
		assertThat(this.purge.run(Duration.ofDays(30), false)).isEmpty();
	}

	private JobExecution running(String job, ExecutionOwner owner) {
		JobExecution execution = created(job);
		execution.setStatus(BatchStatus.STARTED);
		execution.setStartTime(LocalDateTime.now());
		this.repository.update(execution);
		if (owner != null) {
			this.owners.claim(execution.getId(), owner);
		}
		return execution;
	}

	private JobExecution finished(String job, BatchStatus status, LocalDateTime ended) {
		JobExecution execution = created(job);
		execution.setStatus(status);
		execution.setStartTime(ended.minusMinutes(5));
		execution.setEndTime(ended);
		this.repository.update(execution);
		return execution;
	}

	private JobExecution created(String job) {
		JobParameters parameters = new JobParametersBuilder().addString("run", job).toJobParameters();
		JobInstance instance = this.repository.createJobInstance(job, parameters);
		return this.repository.createJobExecution(instance, parameters, new ExecutionContext());
	}

	private boolean stored(JobExecution execution) {
		return !this.repository.getJobInstances(execution.getJobInstance().getJobName(), 0, 1).isEmpty();
	}

	/** The pid of a process that has exited. */
	private static long deadPid() {
		try {
			Process process = new ProcessBuilder("true").start();
			process.waitFor();
			return process.pid();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> names(List<Purged> purged) {
		return purged.stream().map(p -> p.instance().getJobName()).toList();
	}

}
