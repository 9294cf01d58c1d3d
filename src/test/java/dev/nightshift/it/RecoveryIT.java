package dev.nightshift.it;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import dev.nightshift.it.Cli.Result;
import dev.nightshift.it.Cli.Running;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What happens to a word count interrupted in the middle of a step (by {@code kill -9},
 * SIGTERM or {@code stop} from another process), and that a restart finishes it with the
 * same bytes as an uninterrupted run, without running again what had completed. One
 * partition thread and small splits make the steps long enough to be caught midway.
 */
class RecoveryIT {

	private static final Map<String, String> ONE_THREAD = Map.of("NIGHTSHIFT_ENGINE_THREADS", "1",
			"NIGHTSHIFT_ENGINE_SPLIT_SIZE", "4MB");

	@TempDir
	Path temp;

	private Cli cli;

	private RepositoryPeek repository;

	@BeforeEach
	void setUp() {
		this.cli = new Cli(this.temp);
		this.repository = new RepositoryPeek(this.cli.home());
	}

	@AfterEach
	void stopRepositoryServer() {
		this.cli.stopRepositoryServer();
	}

	@Test
	void killedDuringTheMapStepARestartRunsOnlyTheUnfinishedMapPartitions() throws Exception {
		Path input = generatedText(96);
		Running launch = this.cli.start(ONE_THREAD, "launch", "wordcount", "input=" + input, "output=" + output());
		long crashed = awaitCompleted(launch, "map", 3);

		killHard(launch);

		assertThat(this.repository.status(crashed)).as("a killed process leaves its execution").isEqualTo("STARTED");
		Map<String, String> before = this.repository.steps(crashed);
		Set<String> completed = partitions(before, "map", true);
		Set<String> unfinished = partitions(before, "map", false);
		assertThat(completed).hasSizeGreaterThanOrEqualTo(3);
		assertThat(unfinished).as("the map step was caught midway").isNotEmpty();

		Result restarted = this.cli.run("restart", "wordcount");

		assertThat(restarted.exitCode()).as(restarted.toString()).isZero();
		assertThat(restarted.stdout()).contains("recovered execution " + crashed + " of wordcount", "is gone",
				"continuing wordcount from execution " + crashed + " (FAILED)");
		assertThat(this.repository.status(crashed)).isEqualTo("FAILED");
		Map<String, String> after = this.repository.steps(restarted.executionId());
		assertThat(partitions(after, "map", true)).isEqualTo(unfinished);
		assertThat(after).doesNotContainKey("split");
		assertSameAsUninterrupted(input, Map.of());
	}

	@Test
	void killedDuringTheReduceStepARestartRunsOnlyTheUnfinishedReducePartitions() throws Exception {
		Path input = distinctWords(4_000_000);
		Map<String, String> parameters = Map.of("partitions", "24");
		Running launch = this.cli.start(ONE_THREAD, "launch", "wordcount", "input=" + input, "output=" + output(),
				"partitions=24");
		long crashed = awaitCompleted(launch, "reduce", 2);

		killHard(launch);

		Map<String, String> before = this.repository.steps(crashed);
		assertThat(partitions(before, "map", false)).isEmpty();
		assertThat(partitions(before, "shuffle", false)).isEmpty();
		Set<String> unfinished = partitions(before, "reduce", false);
		assertThat(partitions(before, "reduce", true)).hasSizeGreaterThanOrEqualTo(2);
		assertThat(unfinished).as("the reduce step was caught midway").isNotEmpty();

		Result restarted = this.cli.run("restart", "wordcount");

		assertThat(restarted.exitCode()).as(restarted.toString()).isZero();
		Map<String, String> after = this.repository.steps(restarted.executionId());
		assertThat(after.keySet()).noneMatch(step -> step.startsWith("map") || step.startsWith("shuffle"));
		assertThat(partitions(after, "reduce", true)).isEqualTo(unfinished);
		assertSameAsUninterrupted(input, parameters);
	}

	@Test
	void sigtermStopsTheRunGracefullyAndItRestarts() throws Exception {
		Path input = generatedText(96);
		Running launch = this.cli.start(ONE_THREAD, "launch", "wordcount", "input=" + input, "output=" + output());
		long id = awaitCompleted(launch, "map", 2);

		launch.process().destroy();
		Result stopped = launch.await();

		assertThat(stopped.exitCode()).as(stopped.toString()).isEqualTo(1);
		assertThat(stopped.stderr()).contains("stopping execution " + id);
		assertThat(stopped.stdout()).contains("wordcount STOPPED");
		assertEndedStoppedAndRestartable(id, input);
	}

	@Test
	void stopFromAnotherProcessEndsTheRunStoppedAndItRestarts() throws Exception {
		Path input = generatedText(96);
		Running launch = this.cli.start(ONE_THREAD, "launch", "wordcount", "input=" + input, "output=" + output());
		long id = awaitCompleted(launch, "map", 2);

		Result stop = this.cli.run("stop", Long.toString(id));

		assertThat(stop.exitCode()).as(stop.toString()).isZero();
		assertThat(stop.stdout()).contains("execution " + id + " of wordcount is STOPPED");
		assertThat(launch.await().exitCode()).isEqualTo(1);
		assertEndedStoppedAndRestartable(id, input);
	}

	private void assertEndedStoppedAndRestartable(long id, Path input) throws IOException {
		assertThat(this.repository.status(id)).isEqualTo("STOPPED");
		assertThat(this.repository.steps(id).values()).doesNotContain("STARTING", "STARTED", "STOPPING");
		Set<String> completed = partitions(this.repository.steps(id), "map", true);

		Result restarted = this.cli.run("restart", Long.toString(id));

		assertThat(restarted.exitCode()).as(restarted.toString()).isZero();
		assertThat(partitions(this.repository.steps(restarted.executionId()), "map", true))
			.doesNotContainAnyElementsOf(completed);
		assertSameAsUninterrupted(input, Map.of());
	}

	private long awaitCompleted(Running launch, String step, int partitions) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (System.nanoTime() < deadline) {
			assertThat(launch.process().isAlive()).as("launch still running: %s", launch.args()).isTrue();
			try {
				long id = this.repository.latestExecution();
				if (id > 0 && this.repository.completed(id, step) >= partitions) {
					return id;
				}
			}
			catch (IllegalStateException notYet) {
				// The repository or its tables do not exist yet.
			}
			Thread.sleep(5);
		}
		throw new AssertionError("no " + partitions + " completed " + step + " partitions in time");
	}

	private static void killHard(Running launch) throws InterruptedException {
		launch.process().destroyForcibly();
		assertThat(launch.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
	}

	/** Partitions of a step, those COMPLETED or those not. */
	private static Set<String> partitions(Map<String, String> steps, String step, boolean completed) {
		Set<String> names = new TreeSet<>();
		steps.forEach((name, status) -> {
			if (name.startsWith(step + ":") && status.equals("COMPLETED") == completed) {
				names.add(name);
			}
		});
		return names;
	}

	private void assertSameAsUninterrupted(Path input, Map<String, String> parameters) throws IOException {
		Path reference = this.temp.resolve("uninterrupted");
		String[] launch = { "launch", "wordcount", "input=" + input, "output=" + reference,
				"partitions=" + parameters.getOrDefault("partitions", "0") };
		Result uninterrupted = this.cli.run(launch);
		assertThat(uninterrupted.exitCode()).as(uninterrupted.toString()).isZero();
		assertThat(Files.readAllBytes(output().resolve("counts.tsv")))
			.isEqualTo(Files.readAllBytes(reference.resolve("counts.tsv")));
	}

	private Path output() {
		return this.temp.resolve("out");
	}

	private Path generatedText(int megabytes) {
		Path input = this.temp.resolve("text");
		Result generated = this.cli.run("generate", "text", "--size", Integer.toString(megabytes), "--seed", "5",
				"--out", input.toString());
		assertThat(generated.exitCode()).as(generated.toString()).isZero();
		return input;
	}

	/** Words that are all different, so that the shuffle and reduce steps have work. */
	private Path distinctWords(int words) throws IOException {
		Path input = Files.createDirectories(this.temp.resolve("distinct"));
		int files = 4;
		for (int file = 0; file < files; file++) {
			try (Writer writer = Files.newBufferedWriter(input.resolve("words-" + file + ".txt"))) {
				for (long word = file; word < words; word += files) {
					writer.write(Long.toString(word * 2_654_435_761L % (1L << 40), 36));
					writer.write((word % 8 == 7) ? '\n' : ' ');
				}
			}
		}
		return input;
	}

}
