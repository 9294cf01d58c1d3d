package dev.nightshift.jobs.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.nightshift.ops.ExecutionQueries;
import dev.nightshift.ops.ExecutionReport;
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
 * The shipped {@code nightly} pipeline (jobs/nightly.yml) on inputs made here: its
 * children get the parameters it passes down and write what they write alone.
 */
@SpringBootTest
class PipelineJobTest {

	@DynamicPropertySource
	static void home(DynamicPropertyRegistry registry) {
		TestHome.create(registry, "pipeline");
	}

	@Autowired
	Launcher launcher;

	@Autowired
	JobRepository repository;

	@Autowired
	ExecutionQueries queries;

	@TempDir
	Path temp;

	@Test
	void theChildrenRunInOrderWithTheParametersThePipelinePassesAndWriteWhatTheyWriteAlone() throws Exception {
		Map<String, String> inputs = PipelineFixture.inputs(this.temp.resolve("nightly"));
		Path out = Path.of(inputs.get("output"));

		JobExecution nightly = this.launcher.run(this.launcher.prepare("nightly", inputs, false));

		assertThat(nightly).hasStatus(BatchStatus.COMPLETED).ranSteps("ingest", "correlation", "wordcount");
		ExecutionReport report = this.queries.report(nightly);
		assertThat(report.children()).extracting(ExecutionReport::job)
			.containsExactly("ingest", "correlation", "wordcount");
		assertThat(report.children()).allSatisfy(child -> assertThat(child.status()).isEqualTo("COMPLETED"));
		assertThat(report.children()).extracting(ExecutionReport::outputFile)
			.containsExactly(out.resolve("stores/catalog.json").toString(),
					out.resolve("correlation/correlation.h5").toString(),
					out.resolve("wordcount/counts.tsv").toString());
		assertThat(report.children().get(1).parameters()).containsEntry("input", out.resolve("stores").toString());

		Path alone = this.temp.resolve("alone");
		run("ingest", Map.of("input", inputs.get("stocks"), "output", alone.resolve("stores").toString()));
		run("correlation",
				Map.of("input", alone.resolve("stores").toString(), "output", alone.resolve("correlation").toString()));
		run("wordcount", Map.of("input", inputs.get("documents"), "output", alone.resolve("wordcount").toString()));
		for (String file : List.of("correlation/correlation.h5", "correlation/top-pairs.csv", "wordcount/counts.tsv")) {
			assertThat(Files.readAllBytes(out.resolve(file))).as(file)
				.isEqualTo(Files.readAllBytes(alone.resolve(file)));
		}
	}

	@Test
	void aNewRunOfThePipelineRunsNewInstancesOfItsChildren() throws Exception {
		Map<String, String> inputs = PipelineFixture.inputs(this.temp.resolve("runs"));

		JobExecution first = this.launcher.run(this.launcher.prepare("nightly", inputs, true));
		JobExecution second = this.launcher.run(this.launcher.prepare("nightly", inputs, true));

		assertThat(first).hasStatus(BatchStatus.COMPLETED);
		assertThat(second).hasStatus(BatchStatus.COMPLETED);
		List<ExecutionReport> firstChildren = this.queries.report(first).children();
		List<ExecutionReport> secondChildren = this.queries.report(second).children();
		assertThat(secondChildren).hasSize(3);
		for (int i = 0; i < 3; i++) {
			assertThat(secondChildren.get(i).instanceId()).isNotEqualTo(firstChildren.get(i).instanceId());
			assertThat(secondChildren.get(i).parameters().get("run.id"))
				.isEqualTo(second.getJobParameters().getLong("run.id"));
		}
	}

	@Test
	void aRunOfAChildJobAloneIsNotThePipelinesInstanceOfIt() throws Exception {
		Map<String, String> inputs = PipelineFixture.inputs(this.temp.resolve("alone-first"));
		run("ingest", Map.of("input", inputs.get("stocks"), "output", inputs.get("output") + "/stores"));

		JobExecution nightly = this.launcher.run(this.launcher.prepare("nightly", inputs, false));

		assertThat(nightly).hasStatus(BatchStatus.COMPLETED).ranSteps("ingest", "correlation", "wordcount");
		List<JobExecution> ingests = PipelineFixture.executions(this.repository, "ingest")
			.stream()
			.filter(execution -> execution.getJobParameters().getString("input").equals(inputs.get("stocks")))
			.toList();
		assertThat(ingests).hasSize(2);
		assertThat(ingests.get(0).getJobParameters().getString("pipeline")).isNull();
		assertThat(ingests.get(1).getJobParameters().getString("pipeline"))
			.isEqualTo("nightly#" + nightly.getJobInstance().getInstanceId());
	}

	@Test
	void aFailedChildFailsThePipelineWithItsCauseAndTheLaterChildrenDoNotRun() throws Exception {
		Map<String, String> inputs = new HashMap<>(PipelineFixture.inputs(this.temp.resolve("failing")));
		Path noJson = Files.createDirectories(this.temp.resolve("no-json"));
		Files.writeString(noJson.resolve("notes.txt"), "not a stock file");
		inputs.put("stocks", noJson.toString());

		JobExecution nightly = this.launcher.run(this.launcher.prepare("nightly", inputs, false));

		assertThat(nightly).hasStatus(BatchStatus.FAILED).ranSteps("ingest");
		ExecutionReport report = this.queries.report(nightly);
		assertThat(report.children()).extracting(ExecutionReport::job).containsExactly("ingest");
		assertThat(report.failure()).startsWith("ingest (execution " + report.children().get(0).executionId() + "): ")
			.contains(noJson.toString());
	}

	private void run(String job, Map<String, String> arguments) {
		assertThat(this.launcher.run(this.launcher.prepare(job, arguments, false))).hasStatus(BatchStatus.COMPLETED);
	}

}
