package dev.nightshift.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.nightshift.repository.ServerAddress;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar run as an operator would, one JVM per command, all sharing one
 * NIGHTSHIFT_HOME. Each process writes its own stdout and stderr files, so that several
 * can run at once.
 */
final class Cli {

	private static final Path JAR = Path.of("target/nightshift.jar").toAbsolutePath();

	private final Path folder;

	private final Path home;

	private final AtomicInteger processes = new AtomicInteger();

	Cli(Path folder) {
		this.folder = folder;
		this.home = folder.resolve("home");
	}

	Path home() {
		return this.home;
	}

	/**
	 * Ends the home's repository server, which would otherwise outlive the test by its
	 * idle timeout.
	 */
	void stopRepositoryServer() {
		ServerAddress.read(this.home).flatMap(address -> ProcessHandle.of(address.pid())).ifPresent(server -> {
			server.destroy();
			server.onExit().orTimeout(30, TimeUnit.SECONDS).join();
		});
	}

	Result run(String... args) {
		return start(Map.of(), args).await();
	}

	Running start(Map<String, String> environment, String... args) {
		int number = this.processes.incrementAndGet();
		Path out = this.folder.resolve("process-" + number + ".out");
		Path err = this.folder.resolve("process-" + number + ".err");
		List<String> command = new ArrayList<>(List.of("java", "-jar", JAR.toString()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
		builder.environment().put("NIGHTSHIFT_HOME", this.home.toString());
		builder.environment().putAll(environment);
		try {
			return new Running(builder.start(), List.of(args), out, err);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A command still running. */
	record Running(Process process, List<String> args, Path out, Path err) {

		Result await() {
			try {
				assertThat(this.process.waitFor(180, TimeUnit.SECONDS)).as("finished: %s", this.args).isTrue();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			return new Result(this.process.exitValue(), read(this.out), read(this.err), this.process.pid());
		}

		private static String read(Path file) {
			try {
				return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	record Result(int exitCode, String stdout, String stderr, long pid) {

		private static final Pattern EXECUTION = Pattern.compile("\\(execution (\\d+),");

		/** The execution named in a launch summary ("... (execution 7, instance 3)"). */
		long executionId() {
			Matcher matcher = EXECUTION.matcher(this.stdout);
			assertThat(matcher.find()).as("execution id in %s", this.stdout).isTrue();
			return Long.parseLong(matcher.group(1));
		}

		@Override
		public String toString() {
			return "exit " + this.exitCode + "\n--- stdout\n" + this.stdout + "\n--- stderr\n" + this.stderr;
		}

	}

}
