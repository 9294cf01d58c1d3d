package dev.nightshift.jobs.correlation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import dev.nightshift.definition.JobDefinitions;
import dev.nightshift.support.TestHome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static dev.nightshift.support.ExecutionAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One tile fails on purpose (the first time it runs); the restart runs only that tile.
 */
@SpringBootTest(properties = "nightshift.faults.fail-steps=pairs:partition-0002")
class CorrelationRestartTest {

	@DynamicPropertySource
	static void home(DynamicPropertyRegistry registry) {
		TestHome.create(registry, "correlation-restart");
		registry.add("nightshift.engine.threads", () -> "2");
	}

	@Autowired
	JobOperator operator;

	@Autowired
	JobDefinitions definitions;

	@Autowired
	Job correlation;

	@TempDir
	Path temp;

	@Test
	void aFailedTileIsTheOnlyPartitionARestartRunsAndTheOutputIsThatOfAnUninterruptedRun() throws Exception {
		Path stores = CorrelationJobTest.writeStores(this.temp.resolve("stores"), SeriesWithGaps.generate(70, 300, 4));
		Path output = this.temp.resolve("out");
		JobParameters parameters = parameters(stores, output);

		JobExecution failed = this.operator.start(this.correlation, parameters);

		assertThat(failed).hasStatus(BatchStatus.FAILED).hasPartitions("pairs", 6);
		assertThat(failed.getAllFailureExceptions()).extracting(Throwable::getMessage)
			.anySatisfy(message -> assertThat(message).contains("fault injected into pairs:partition-0002"));
		assertThat(output.resolve("correlation.h5")).doesNotExist();
		long completedTiles = failed.getStepExecutions()
			.stream()
			.filter(step -> step.getStepName().startsWith("pairs:") && step.getStatus() == BatchStatus.COMPLETED)
			.count();
		assertThat(completedTiles).isEqualTo(5);

		JobExecution restarted = this.operator.restart(failed);

		assertThat(restarted).hasStatus(BatchStatus.COMPLETED)
			.ranSteps("pairs", "publish")
			.ranPartitions("pairs", "partition-0002");
		Path uninterrupted = this.temp.resolve("uninterrupted");
		assertThat(this.operator.start(this.correlation, parameters(stores, uninterrupted)))
			.hasStatus(BatchStatus.COMPLETED);
		for (String file : new String[] { "correlation.h5", "top-pairs.csv" }) {
			assertThat(Files.readAllBytes(output.resolve(file))).as(file)
				.isEqualTo(Files.readAllBytes(uninterrupted.resolve(file)));
		}
	}

	private JobParameters parameters(Path input, Path output) {
		return this.definitions.get("correlation")
			.parse(Map.of("input", input.toString(), "output", output.toString(), "block-size", "32"));
	}

}
