package dev.nightshift.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.nightshift.it.Cli.Result;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import dev.nightshift.it.Cli.Running;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Several processes launching against one repository at the same moment. */
class ConcurrencyIT {

	private static final Map<String, String> ONE_THREAD = Map.of("NIGHTSHIFT_ENGINE_THREADS", "1",
			"NIGHTSHIFT_ENGINE_SPLIT_SIZE", "1MB");

	@TempDir
	Path temp;

	private Cli cli;

	@BeforeEach
	void commandLine() {
		this.cli = new Cli(this.temp);
	}

	@AfterEach
	void stopRepositoryServer() {
		this.cli.stopRepositoryServer();
	}

	@Test
	void twoLaunchesOfOneInstanceAtTheSameMomentRunItOnce() throws Exception {
		Path input = generatedText(12);
		for (int round = 0; round < 20; round++) {
			String[] launch = { "launch", "wordcount", "input=" + input,
					"output=" + this.temp.resolve("out-" + round) };
			Running first = this.cli.start(ONE_THREAD, launch);
			Running second = this.cli.start(ONE_THREAD, launch);
			Result one = first.await();
			Result other = second.await();

			Result winner = (one.exitCode() == 0) ? one : other;
			Result loser = (winner == one) ? other : one;
			assertThat(winner.exitCode()).as("round %d, one of them runs: %s", round, winner).isZero();
			assertThat(loser.exitCode()).as("round %d, the other is refused: %s", round, loser).isEqualTo(3);
			assertThat(loser.stderr()).as("round %d", round)
				.contains("already running (execution %d, pid %d)".formatted(winner.executionId(), winner.pid()));
		}
	}

	@Test
	void fourInstancesRunAtOnceAgainstOneRepository() throws Exception {
		Path input = generatedText(12);
		List<Running> launches = new ArrayList<>();
		for (int job = 0; job < 4; job++) {
			launches.add(this.cli.start(ONE_THREAD, "launch", "wordcount", "input=" + input,
					"output=" + this.temp.resolve("out-" + job), "partitions=" + (job + 1)));
		}
		Running watcher = this.cli.start(Map.of(), "list");

		for (Running launch : launches) {
			Result result = launch.await();
			assertThat(result.exitCode()).as(result.toString()).isZero();
			assertThat(result.stderr()).isEmpty();
		}
		assertThat(watcher.await().exitCode()).isZero();
		byte[] expected = Files.readAllBytes(this.temp.resolve("out-0/counts.tsv"));
		for (int job = 1; job < 4; job++) {
			assertThat(Files.readAllBytes(this.temp.resolve("out-" + job + "/counts.tsv"))).isEqualTo(expected);
		}
		Result list = this.cli.run("list", "--json");
		JsonNode executions = JsonMapper.builder().build().readTree(list.stdout());
		assertThat(executions).hasSize(4)
			.allSatisfy(execution -> assertThat(execution.get("status").asString()).isEqualTo("COMPLETED"));
	}

	private Path generatedText(int megabytes) {
		Path input = this.temp.resolve("text");
		Result generated = this.cli.run("generate", "text", "--size", Integer.toString(megabytes), "--seed", "9",
				"--out", input.toString());
		assertThat(generated.exitCode()).as(generated.toString()).isZero();
		return input;
	}

}
