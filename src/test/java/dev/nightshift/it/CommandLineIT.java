package dev.nightshift.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.nightshift.it.Cli.Result;
import dev.nightshift.repository.ServerAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar, one JVM per command, sharing one NIGHTSHIFT_HOME: what a job run in
 * one process leaves in the repository is visible, and restartable, from the next.
 */
class CommandLineIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path temp;

	private Cli cli;

	@BeforeEach
	void setUp() {
		this.cli = new Cli(this.temp);
	}

	@AfterEach
	void stopRepositoryServer() {
		this.cli.stopRepositoryServer();
	}

	@Test
	void commandsShareOneRepositoryServerThatExitsWhenIdleAndTheNextCommandStartsAgain() throws Exception {
		Map<String, String> briefIdle = Map.of("NIGHTSHIFT_REPOSITORY_SERVER_IDLE_TIMEOUT", "8s");
		Result launched = this.cli.start(briefIdle, "launch", "wordcount", "output=" + this.temp.resolve("out"))
			.await();
		assertThat(launched.exitCode()).as(launched.toString()).isZero();
		ServerAddress first = ServerAddress.read(this.cli.home()).orElseThrow();
		assertThat(this.cli.start(briefIdle, "list").await().stdout()).contains("COMPLETED");
		assertThat(ServerAddress.read(this.cli.home())).contains(first);

		ProcessHandle server = ProcessHandle.of(first.pid()).orElseThrow();
		assertThat(server.onExit().orTimeout(30, TimeUnit.SECONDS).join().isAlive()).isFalse();
		assertThat(ServerAddress.read(this.cli.home())).as("withdrawn on exit").isEmpty();

		Result status = this.cli.start(briefIdle, "status", Long.toString(launched.executionId())).await();
		assertThat(status.stdout()).as(status.toString()).contains("wordcount", "COMPLETED");
		assertThat(ServerAddress.read(this.cli.home()).orElseThrow().pid()).isNotEqualTo(first.pid());
	}

	@Test
	void aFailedRunIsVisibleAndRestartableFromTheNextProcess() throws Exception {
		Path input = writeInput(this.temp.resolve("in"), 2_000);
		Path blocked = Files.writeString(this.temp.resolve("out"), "a file where the output folder should go");
		String[] launch = { "launch", "wordcount", "input=" + input, "output=" + blocked, "partitions=3" };

		Result failed = this.cli.run(launch);
		assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(1);
		assertThat(failed.stdout()).contains("wordcount FAILED", "failure  java.nio.file.FileAlreadyExistsException");

		Result status = this.cli.run("status", "--json");
		JsonNode report = JSON.readTree(status.stdout());
		assertThat(report.get("status").asString()).isEqualTo("FAILED");
		assertThat(report.get("totals").get("map").get("completed").asInt()).isEqualTo(4);
		assertThat(report.get("failure").asString()).contains("FileAlreadyExistsException");

		Files.delete(blocked);
		Result restarted = this.cli.run(launch);
		assertThat(restarted.exitCode()).as(restarted.toString()).isZero();
		assertThat(restarted.stdout()).contains("continuing wordcount from execution " + failed.executionId());

		JsonNode second = JSON.readTree(this.cli.run("status", "--json").stdout());
		List<String> ranAgain = new ArrayList<>();
		second.get("steps").forEach(step -> ranAgain.add(step.get("name").asString()));
		assertThat(ranAgain).containsExactly("publish");
		assertThat(second.get("totals").get("map").get("read").asLong()).isEqualTo(2_000);

		Path uninterrupted = this.temp.resolve("uninterrupted");
		assertThat(this.cli.run("launch", "wordcount", "input=" + input, "output=" + uninterrupted).exitCode())
			.isZero();
		assertThat(Files.readAllBytes(blocked.resolve("counts.tsv")))
			.isEqualTo(Files.readAllBytes(uninterrupted.resolve("counts.tsv")));

		Result again = this.cli.run(launch);
		assertThat(again.exitCode()).isEqualTo(3);
		assertThat(again.stderr()).contains("already completed");
		assertThat(Files.list(this.temp.resolve("home/work")).toList()).as("work areas of completed instances")
			.isEmpty();
	}

	private static Path writeInput(Path folder, int lines) throws IOException {
		Files.createDirectories(folder);
		for (int file = 0; file < 4; file++) {
			StringBuilder text = new StringBuilder();
			for (int line = 0; line < lines / 4; line++) {
				text.append("Line ")
					.append(line % 97)
					.append(" of file-")
					.append(file)
					.append(", the words: w")
					.append((line * 31 + file) % 501)
					.append(" and The w")
					.append(line % 13)
					.append('\n');
			}
			Files.writeString(folder.resolve("part-" + file + ".txt"), text);
		}
		return folder;
	}

}
