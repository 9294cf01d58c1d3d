package dev.nightshift.schedule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import dev.nightshift.support.TestHome;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scheduler on a test schedule (every second): the night's instance runs once, later
 * firings of the same night are refused because it completed.
 */
@SpringBootTest(properties = "nightshift.schedule.zone=UTC")
class ScheduledRunTest {

	@DynamicPropertySource
	static void jobs(DynamicPropertyRegistry registry) {
		// The shipped definitions, with a wordcount that runs every second.
		Path home = TestHome.create(registry, "schedule");
		try {
			Path jobs = TestHome.copyShippedJobs(registry, home);
			Files.writeString(jobs.resolve("wordcount.yml"), """
					name: wordcount
					kind: mapreduce
					schedule: "* * * * * *"
					parameters:
					  input:  {type: path, default: data/documents, exists: true}
					  output: {type: path, default: %s}
					""".formatted(home.resolve("out")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Autowired
	Scheduler scheduler;

	@Autowired
	JobRepository repository;

	@Test
	void aScheduleFiresTheInstanceOfTheNightOnceAndLaterFiringsAreRefused() throws Exception {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		List<String> lines = this.scheduler.start();
		try {
			JobExecution execution = awaitCompletedRun(30_000);
			Thread.sleep(2_500);

			assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("wordcount")
				.contains("* * * * * *")
				.contains("catch-up: none"));
			assertThat(execution.getJobParameters().getLocalDate("run.date")).isEqualTo(today);
			List<JobInstance> instances = this.repository.getJobInstances("wordcount", 0, 10);
			assertThat(instances).hasSize(1);
			assertThat(this.repository.getJobExecutions(instances.get(0))).hasSize(1);
		}
		finally {
			this.scheduler.close();
		}
	}

	private JobExecution awaitCompletedRun(long millis) throws InterruptedException {
		long deadline = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < deadline) {
			for (JobInstance instance : this.repository.getJobInstances("wordcount", 0, 10)) {
				JobExecution last = this.repository.getLastJobExecution(instance);
				if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
					return last;
				}
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no scheduled run completed in " + millis + " ms");
	}

}
