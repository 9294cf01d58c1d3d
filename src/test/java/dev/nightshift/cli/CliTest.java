package dev.nightshift.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The CLI in-process: exit codes and messages of DESIGN §3. */
class CliTest {

	@TempDir
	Path temp;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private PrintStream originalOut;

	private PrintStream originalErr;

	@BeforeEach
	void isolate() {
		System.setProperty("nightshift.home", this.temp.resolve("home").toString());
		System.setProperty("spring.datasource.url", "jdbc:h2:file:" + this.temp.resolve("home/repository"));
		this.originalOut = System.out;
		this.originalErr = System.err;
		System.setOut(new PrintStream(this.out, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	@AfterEach
	void restore() {
		System.setOut(this.originalOut);
		System.setErr(this.originalErr);
		System.clearProperty("nightshift.home");
		System.clearProperty("spring.datasource.url");
		System.clearProperty("nightshift.jobs");
	}

	@Test
	void launchPrintsTheOutputAndTopCountsThenRefusesTheCompletedInstanceUnlessNewRun() {
		String output = "output=" + this.temp.resolve("out");

		assertThat(run("launch", "wordcount", output)).isZero();
		assertThat(stdout()).contains("wordcount COMPLETED", "output   " + this.temp.resolve("out/counts.tsv"))
			.containsPattern("top to +9")
			.contains("a                    8");

		assertThat(run("launch", "wordcount", output)).isEqualTo(3);
		assertThat(stderr()).contains("cannot run again (execution 1, COMPLETED): it already completed",
				"launch with --new-run");

		assertThat(run("launch", "wordcount", output, "--new-run")).isZero();
		assertThat(run("list", "--json")).isZero();
		assertThat(stdout()).contains("\"run.id\" : 1");
	}

	@Test
	void launchJsonPrintsOneDocumentWithStepsAndTotals() {
		assertThat(run("launch", "wordcount", "output=" + this.temp.resolve("out"), "partitions=3", "--json")).isZero();

		JsonNode report = JsonMapper.builder().build().readTree(this.out.toString(StandardCharsets.UTF_8));
		assertThat(report.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(report.get("totals").get("map").get("read").asLong()).isEqualTo(8);
		assertThat(report.get("totals").get("reduce").get("partitions").asInt()).isEqualTo(3);
		assertThat(report.get("totals").get("publish").get("written").asLong()).isEqualTo(121);
		assertThat(report.get("outputFile").asString()).isEqualTo(this.temp.resolve("out/counts.tsv").toString());
	}

	@Test
	void badParametersExitWithTwoNamingTheParameterTheValueAndWhatWasExpected() {
		assertThat(run("launch", "wordcount", "partitions=lots")).isEqualTo(2);
		assertThat(stderr()).contains("parameter 'partitions' has value 'lots': expected a whole number");

		assertThat(run("launch", "wordcount", "colour=red")).isEqualTo(2);
		assertThat(stderr()).contains(
				"unknown parameter 'colour' for job wordcount: expected one of input, output, lowercase, partitions");

		assertThat(run("launch", "wordcount", "input=" + this.temp.resolve("missing"))).isEqualTo(2);
		assertThat(stderr()).contains("parameter 'input' has value '" + this.temp.resolve("missing")
				+ "': expected an existing file or folder");

		assertThat(run("launch", "wordcount", "lowercase")).isEqualTo(2);
		assertThat(stderr()).contains("argument 'lowercase' is not name=value");

		assertThat(run("launch", "wordcont")).isEqualTo(2);
		assertThat(stderr())
			.contains("unknown job 'wordcont': expected one of correlation, ingest, nightly, skills, wordcount");

		assertThat(run("launch")).isEqualTo(2);
		assertThat(run("status", "4711")).isEqualTo(2);
		assertThat(stderr()).contains("no execution 4711");
	}

	@Test
	void aBadDefinitionFileFailsStartUpWithTheFileAndTheField() throws IOException {
		Path jobs = Files.createDirectories(this.temp.resolve("jobs"));
		Files.writeString(jobs.resolve("broken.yml"),
				"name: broken\nkind: mapreduce\nparameters:\n  n: {type: number}\n");
		System.setProperty("nightshift.jobs", jobs.toString());

		assertThat(run("jobs")).isEqualTo(2);
		assertThat(stderr()).contains(jobs.resolve("broken.yml") + ": parameters.n.type: 'number' is not one of");
	}

	@Test
	void statusShowsEveryStepAndPartitionOfAnExecution() {
		run("launch", "wordcount", "output=" + this.temp.resolve("out"), "partitions=2");

		assertThat(run("status", "1")).isZero();
		assertThat(stdout()).contains("execution 1  wordcount  COMPLETED")
			.contains("map:partition-0007", "reduce:partition-0001", "publish")
			.containsPattern("instance totals: split 8 → 8 \\| map 8/8 8 → 215");
		assertThat(run("jobs")).isZero();
		assertThat(stdout()).contains("wordcount (mapreduce)", "partitions");
	}

	@Test
	void restartContinuesAFailedExecutionAndAbandonEndsOneForGood() throws IOException {
		Path blocked = Files.writeString(this.temp.resolve("out"), "a file where the output folder should go");
		assertThat(run("launch", "wordcount", "output=" + blocked)).isEqualTo(1);
		assertThat(stdout()).contains("wordcount FAILED", "restart  ./nightshift restart ");
		long first = executionId();

		assertThat(run("restart", "wordcount")).isEqualTo(1);
		long second = executionId();
		Files.delete(blocked);
		assertThat(run("restart", Long.toString(first))).isEqualTo(3);
		assertThat(stderr()).contains(
				"execution %d is not the latest of its instance: execution %d is (FAILED)".formatted(first, second));
		assertThat(run("restart", "wordcount")).isZero();
		assertThat(stdout()).contains("continuing wordcount from execution " + second + " (FAILED)",
				"wordcount COMPLETED");
		long completed = executionId();
		assertThat(run("restart", "wordcount")).isEqualTo(3);
		assertThat(stderr()).contains("wordcount has no FAILED or STOPPED execution to restart");
		assertThat(run("abandon", Long.toString(completed))).isEqualTo(3);
		assertThat(stderr()).contains("cannot abandon execution " + completed + " (COMPLETED): it completed");

		Path blockedAgain = Files.writeString(this.temp.resolve("other"), "blocked");
		assertThat(run("launch", "wordcount", "output=" + blockedAgain)).isEqualTo(1);
		long failed = executionId();
		assertThat(run("abandon", Long.toString(failed))).isZero();
		assertThat(stdout()).contains("execution " + failed + " of wordcount is ABANDONED");
		assertThat(run("restart", Long.toString(failed))).isEqualTo(3);
		assertThat(stderr()).contains("cannot restart execution " + failed + " (ABANDONED): it was abandoned");
		assertThat(run("launch", "wordcount", "output=" + blockedAgain)).isEqualTo(3);
		assertThat(stderr()).contains("cannot run again (execution " + failed + ", ABANDONED)");
		assertThat(run("restart", "4711")).isEqualTo(2);
	}

	@Test
	void stopRecoverAndPurgeSayWhatTheyDidAndRefuseWhatTheyCannot() {
		assertThat(run("recover")).isZero();
		assertThat(stdout()).contains("no orphaned executions");

		assertThat(run("launch", "wordcount", "output=" + this.temp.resolve("out"))).isZero();
		long completed = executionId();
		assertThat(run("stop", Long.toString(completed))).isEqualTo(3);
		assertThat(stderr()).contains("cannot stop execution " + completed + " (COMPLETED): it is not running");
		assertThat(run("stop", "4711")).isEqualTo(2);

		assertThat(run("purge", "--older-than", "soon")).isEqualTo(2);
		assertThat(stderr()).contains("--older-than", "soon", "an age such as 30d");
		assertThat(run("purge", "--older-than", "30d")).isZero();
		assertThat(stdout()).contains("deleted 0 instance(s) that ended more than 30d ago");
		assertThat(run("purge", "--older-than", "0s", "--dry-run")).isZero();
		assertThat(stdout()).contains("would delete wordcount instance", "the latest " + completed + " COMPLETED");
		assertThat(run("status", Long.toString(completed))).isZero();
		assertThat(run("purge", "--older-than", "0s")).isZero();
		assertThat(stdout()).contains("deleted 1 instance(s)");
		assertThat(run("status", Long.toString(completed))).isEqualTo(2);
		assertThat(run("launch", "wordcount", "output=" + this.temp.resolve("out-again")))
			.as("a purged instance is gone, so the same parameters make a new one")
			.isZero();
	}

	@Test
	void generateStocksWritesOneFilePerTickerAndNamesAnOptionOutOfRange() throws IOException {
		Path stocks = this.temp.resolve("stocks");

		assertThat(run("generate", "stocks", "--tickers", "3", "--days", "40", "--out", stocks.toString())).isZero();
		assertThat(stdout()).startsWith("wrote 3 files, ").contains(" rows, to " + stocks);
		try (var files = Files.list(stocks)) {
			assertThat(files.map(file -> file.getFileName().toString())).hasSize(3)
				.allMatch(name -> name.matches("[A-Z]{2,5}\\.json"));
		}

		assertThat(run("generate", "stocks", "--tickers", "3", "--days", "1", "--out", stocks.toString())).isEqualTo(2);
		assertThat(stderr()).contains("option '--days' has value '1': expected an integer from 2 to 100000");
		assertThat(run("generate")).isEqualTo(2);
		assertThat(stderr()).contains("say what to generate: text, stocks or postings");
	}

	@Test
	void generatePostingsWritesThePostingsAndTheSkillsAndNamesAnOptionOutOfRange() throws IOException {
		Path postings = this.temp.resolve("postings");

		assertThat(run("generate", "postings", "--rows", "5", "--skills", "140", "--out", postings.toString()))
			.isZero();
		assertThat(stdout()).startsWith("wrote 5 postings (0 MB) and 140 skills to " + postings);
		assertThat(Files.readAllLines(postings.resolve("skills.csv"))).hasSize(141).startsWith("Name", "Python");
		assertThat(Files.readString(postings.resolve("postings.csv")))
			.startsWith("\"Job Title\",\"Salary Estimate\",\"Job Description\",Rating,\"Company Name\",Location\n");

		assertThat(run("generate", "postings", "--rows", "5", "--skills", "0", "--out", postings.toString()))
			.isEqualTo(2);
		assertThat(stderr()).contains("option '--skills' has value '0': expected an integer from 1 to 100000");
	}

	private long executionId() {
		Matcher matcher = Pattern.compile("\\(execution (\\d+), instance").matcher(stdout());
		assertThat(matcher.find()).as("execution id in %s", stdout()).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	private int run(String... args) {
		this.out.reset();
		this.err.reset();
		return NightshiftCommand.execute(args);
	}

	private String stdout() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private String stderr() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

}
