package dev.nightshift.jobs.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.nightshift.ops.ExecutionControl;
import dev.nightshift.ops.ExecutionQueries;
import dev.nightshift.ops.Launcher;
import dev.nightshift.support.TestHome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static dev.nightshift.support.ExecutionAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The correlation child fails on purpose (its first tile, the first time it runs); the
 * restart of the pipeline skips ingest, continues correlation from its failed step and
 * runs wordcount.
 */
@SpringBootTest(properties = "nightshift.faults.fail-steps=pairs:partition-0000")
class PipelineRestartTest {

	@DynamicPropertySource
	static void home(DynamicPropertyRegistry registry) {
		TestHome.create(registry, "pipeline-restart");
	}

	@Autowired
	Launcher launcher;

	@Autowired
	ExecutionControl control;

	@Autowired
	ExecutionQueries queries;

	@Autowired
	JobRepository repository;

	@TempDir
	Path temp;

	@Test
	void aRestartSkipsTheCompletedChildrenAndContinuesTheFailedOneFromItsFailedStep() throws Exception {
		Map<String, String> inputs = PipelineFixture.inputs(this.temp);
		Path out = Path.of(inputs.get("output"));

		JobExecution failed = this.launcher.run(this.launcher.prepare("nightly", inputs, false));

		assertThat(failed).hasStatus(BatchStatus.FAILED).ranSteps("ingest", "correlation");
		assertThat(this.queries.report(failed).failure())
			.matches("correlation \\(execution \\d+\\): .*fault injected into pairs:partition-0000.*");
		assertThat(out.resolve("stores/catalog.json")).exists();
		assertThat(out.resolve("correlation")).doesNotExist();

		JobExecution restarted = this.launcher.run(this.control.prepareRestart(String.valueOf(failed.getId())));

		assertThat(restarted).hasStatus(BatchStatus.COMPLETED).ranSteps("correlation", "wordcount");
		assertThat(restarted.getJobInstance().getId()).isEqualTo(failed.getJobInstance().getId());
		assertThat(PipelineFixture.executions(this.repository, "ingest")).hasSize(1);
		List<JobExecution> correlation = PipelineFixture.executions(this.repository, "correlation");
		assertThat(correlation).extracting(JobExecution::getStatus)
			.containsExactly(BatchStatus.FAILED, BatchStatus.COMPLETED);
		assertThat(correlation.get(1).getJobInstance().getId()).isEqualTo(correlation.get(0).getJobInstance().getId());
		assertThat(correlation.get(1)).ranSteps("pairs", "publish").ranPartitions("pairs", "partition-0000");
		assertThat(out.resolve("correlation/correlation.h5")).exists();
		assertThat(Files.readString(out.resolve("wordcount/counts.tsv"))).startsWith("the\t4\nwords\t4\nnight\t2\n");
	}

}
