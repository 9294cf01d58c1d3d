package dev.nightshift.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

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

	private static final Path JAR = Path.of("target/nightshift.jar").toAbsolutePath();

	@TempDir
	Path temp;

	@Test
	void aFailedRunIsVisibleAndRestartableFromTheNextProcess() throws Exception {
		Path input = writeInput(this.temp.resolve("in"), 2_000);
		Path blocked = Files.writeString(this.temp.resolve("out"), "a file where the output folder should go");
		String[] launch = { "launch", "wordcount", "input=" + input, "output=" + blocked, "partitions=3" };

		Result failed = run(launch);
		assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(1);
		assertThat(failed.stdout()).contains("wordcount FAILED", "failure  java.nio.file.FileAlreadyExistsException");

		Result status = run("status", "--json");
		JsonNode report = JSON.readTree(status.stdout());
		assertThat(report.get("status").asString()).isEqualTo("FAILED");
		assertThat(report.get("totals").get("map").get("completed").asInt()).isEqualTo(4);
		assertThat(report.get("failure").asString()).contains("FileAlreadyExistsException");

		Files.delete(blocked);
		Result restarted = run(launch);
		assertThat(restarted.exitCode()).as(restarted.toString()).isZero();
		assertThat(restarted.stdout()).contains("continuing wordcount from execution " + failed.executionId());

		JsonNode second = JSON.readTree(run("status", "--json").stdout());
		List<String> ranAgain = new ArrayList<>();
		second.get("steps").forEach(step -> ranAgain.add(step.get("name").asString()));
		assertThat(ranAgain).containsExactly("publish");
		assertThat(second.get("totals").get("map").get("read").asLong()).isEqualTo(2_000);

		Path uninterrupted = this.temp.resolve("uninterrupted");
		assertThat(run("launch", "wordcount", "input=" + input, "output=" + uninterrupted).exitCode()).isZero();
		assertThat(Files.readAllBytes(blocked.resolve("counts.tsv")))
			.isEqualTo(Files.readAllBytes(uninterrupted.resolve("counts.tsv")));

		Result again = run(launch);
		assertThat(again.exitCode()).isEqualTo(3);
		assertThat(again.stderr()).contains("already completed");
		assertThat(Files.list(this.temp.resolve("home/work")).toList()).as("work areas of completed instances")
			.isEmpty();
	}

	@Test
	void aSecondLaunchOfARunningInstanceIsRefused() throws Exception {
		Path input = this.temp.resolve("big");
		assertThat(run("generate", "text", "--size", "20", "--seed", "3", "--out", input.toString()).exitCode())
			.isZero();
		String[] launch = { "launch", "wordcount", "input=" + input, "output=" + this.temp.resolve("out") };
		Process first = start(List.of("NIGHTSHIFT_ENGINE_THREADS=1", "NIGHTSHIFT_ENGINE_SPLIT_SIZE=8KB"), launch);
		waitUntilRunning();

		Result second = run(launch);

		assertThat(second.exitCode()).as(second.toString()).isEqualTo(3);
		assertThat(second.stderr()).contains("already running (execution 1)");
		assertThat(first.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(first.exitValue()).isZero();
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Polls with {@code status} in other JVMs. One of them may open the H2 file first and
	 * host it for the launch; its exit must not break the launch (AUTO_RECONNECT).
	 */
	private void waitUntilRunning() throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (System.nanoTime() < deadline) {
			Result status = run("status", "--json");
			assertThat(status.exitCode()).as(status.toString()).isZero();
			if (status.stdout().contains("\"status\" : \"STARTED\"")) {
				return;
			}
		}
		throw new AssertionError(
				"the first launch never showed as running: " + read(this.temp.resolve("background.err")));
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

	private Result run(String... args) throws Exception {
		Process process = start(List.of(), args);
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("command finished: %s", List.of(args)).isTrue();
		return new Result(process.exitValue(), read(this.temp.resolve("stdout")), read(this.temp.resolve("stderr")));
	}

	private Process start(List<String> environment, String... args) throws IOException {
		List<String> command = new ArrayList<>(List.of("java", "-jar", JAR.toString()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(this.temp.resolve("stdout").toFile())
			.redirectError(this.temp.resolve("stderr").toFile());
		builder.environment().put("NIGHTSHIFT_HOME", this.temp.resolve("home").toString());
		for (String variable : environment) {
			String[] pair = variable.split("=", 2);
			builder.environment().put(pair[0], pair[1]);
		}
		if (!environment.isEmpty()) {
			builder.redirectOutput(this.temp.resolve("background.out").toFile())
				.redirectError(this.temp.resolve("background.err").toFile());
		}
		return builder.start();
	}

	private static String read(Path file) throws IOException {
		return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
	}

	record Result(int exitCode, String stdout, String stderr) {

		long executionId() {
			java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\(execution (\\d+),")
				.matcher(this.stdout);
			assertThat(matcher.find()).as("execution id in %s", this.stdout).isTrue();
			return Long.parseLong(matcher.group(1));
		}

	}

}
