package dev.nightshift.jobs.skills;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.nightshift.definition.JobDefinition;
import dev.nightshift.definition.JobDefinitions;
import dev.nightshift.engine.ByteSlice;
import dev.nightshift.engine.EngineSettings;
import dev.nightshift.engine.KeyCount;
import dev.nightshift.engine.MapReduceJob;
import dev.nightshift.engine.StepTotals;
import dev.nightshift.generate.PostingsGenerator;
import dev.nightshift.store.Python;
import dev.nightshift.support.EngineVariants;
import dev.nightshift.support.TestHome;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.unit.DataSize;

import static dev.nightshift.support.ExecutionAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class SkillsJobTest {

	private static final String BAD_QUOTE = "Broken,\"Python and \"SQL\"\" here,1.0";

	private static final String BAD_QUOTE_REASON = "Unexpected character ('S' (code 83)): Expected column separator character (',' (code 44)) or end-of-line";

	private static final String BAD_FIELDS = "Extra,Java,2.0,surplus";

	@DynamicPropertySource
	static void home(DynamicPropertyRegistry registry) {
		TestHome.create(registry, "skills");
	}

	@Autowired
	JobOperator operator;

	@Autowired
	JobRepository repository;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	EngineSettings settings;

	@Autowired
	JobDefinitions definitions;

	@Autowired
	Job skills;

	@Autowired
	MapReduceJob<CsvRow, ByteSlice, Long, KeyCount> skillsMapReduce;

	@TempDir
	Path temp;

	@Test
	void theSampleGivesWhatAPlainLoopCountsWithEverySkillListed() throws Exception {
		Path output = this.temp.resolve("out");

		JobExecution execution = this.operator.start(this.skills, parameters(Map.of("output", output.toString())));

		assertThat(execution).hasStatus(BatchStatus.COMPLETED).hasPartitions("map", 1);
		String counts = Files.readString(output.resolve("counts.tsv"));
		assertThat(counts).isEqualTo(ReferenceSkillCount.tsv(List.of(Path.of("data/job-postings/postings.csv")),
				Path.of("data/job-postings/skills.csv"), "Job Description"));
		assertThat(counts.lines()).hasSize(SkillList.read(Path.of("data/job-postings/skills.csv")).names().size())
			.contains("C++\t25", "C#\t18", ".NET\t14");
		assertThat(output.resolve("_SUCCESS")).exists();
		assertThat(output.resolve("_rejects")).doesNotExist();
	}

	@ParameterizedTest(name = "split-by={0} threads={1} split={2} partitions={3}")
	@CsvSource({ "postings, 1, 64MB, 1", "postings, 2, 100KB, 3", "postings, 3, 37KB, 2", "skills, 2, 64MB, 2",
			"skills, 3, 100KB, 1" })
	void bothWaysOfSplittingGiveTheSameCountsWhateverThreadsSplitsAndPartitions(String splitBy, int threads,
			String splitSize, int partitions) throws Exception {
		PostingsGenerator.Written data = new PostingsGenerator(7).generate(this.temp.resolve("in"), 300, 400);
		Path output = this.temp.resolve("out");
		Job job = job(this.settings.withThreads(threads)
			.withSizes(DataSize.parse(splitSize), this.settings.spillBuffer(), this.settings.mergeFanIn()));

		JobExecution execution = this.operator.start(job,
				parameters(Map.of("input", data.postings().toString(), "skills", data.skills().toString(), "output",
						output.toString(), "split-by", splitBy, "partitions", Integer.toString(partitions))));

		assertThat(execution).hasStatus(BatchStatus.COMPLETED).hasPartitions("reduce", partitions);
		if (splitBy.equals("skills")) {
			assertThat(execution).hasPartitions("map", threads);
		}
		else {
			long least = (data.bytes() + DataSize.parse(splitSize).toBytes() - 1) / DataSize.parse(splitSize).toBytes();
			assertThat(StepTotals.of(List.of(execution)).get("map").partitions()).isBetween((int) least,
					(int) least + threads);
		}
		assertThat(Files.readString(output.resolve("counts.tsv")))
			.isEqualTo(ReferenceSkillCount.tsv(List.of(data.postings()), data.skills(), "Job Description"));
		StepTotals map = StepTotals.of(List.of(execution)).get("map");
		assertThat(map.read()).isEqualTo(300L * (splitBy.equals("skills") ? threads : 1));
	}

	@Test
	void pandasCountsTheSameWithPythonsLowerAndCount() throws Exception {
		Assumptions.assumeTrue(Python.hasPandas(), "pandas is not installed");
		PostingsGenerator.Written data = new PostingsGenerator(11).generate(this.temp.resolve("in"), 200, 300);
		Path output = this.temp.resolve("out");

		JobExecution execution = this.operator.start(this.skills, parameters(Map.of("input", data.postings().toString(),
				"skills", data.skills().toString(), "output", output.toString())));

		assertThat(execution).hasStatus(BatchStatus.COMPLETED);
		String pandas = Python.run("""
				import sys, pandas as pd
				postings = pd.read_csv(sys.argv[1])
				skills = list(dict.fromkeys(pd.read_csv(sys.argv[2])["Name"]))
				descriptions = [d.lower() for d in postings["Job Description"].fillna("")]
				counts = {s: sum(d.count(s.lower()) for d in descriptions) for s in skills}
				for skill, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].encode())):
				    sys.stdout.write(f"{skill}\\t{count}\\n")
				""", data.postings().toString(), data.skills().toString());
		assertThat(Files.readString(output.resolve("counts.tsv"))).isEqualTo(pandas);
	}

	@Test
	void aMalformedRowFailsItsPartitionNamingTheLineAndARestartWithAHigherLimitRunsOnlyThatPartition()
			throws Exception {
		Path input = Files.createDirectories(this.temp.resolve("in"));
		Map<Integer, String> bad = Map.of(120, BAD_QUOTE, 121, BAD_FIELDS);
		Postings postings = Postings.write(input.resolve("jobs.csv"), 200, bad);
		Path good = Postings.write(this.temp.resolve("good.csv"), 200, Map.of()).file();
		Path skillList = Files.writeString(this.temp.resolve("skills.txt"), "Python\nSQL\nJava\nC++\nNonexistium\n");
		Path output = this.temp.resolve("out");
		Job job = job(this.settings.withThreads(2)
			.withSizes(DataSize.ofKilobytes(2), this.settings.spillBuffer(), this.settings.mergeFanIn()));
		Map<String, String> arguments = Map.of("input", input.toString(), "skills", skillList.toString(), "output",
				output.toString());

		JobExecution first = this.operator.start(job, parameters(arguments));

		assertThat(first).hasStatus(BatchStatus.FAILED);
		List<String> failed = first.getStepExecutions()
			.stream()
			.filter(step -> step.getStepName().startsWith("map:") && step.getStatus() == BatchStatus.FAILED)
			.map(step -> step.getStepName().substring(4))
			.toList();
		assertThat(failed).hasSize(1);
		StepTotals map = StepTotals.of(List.of(first)).get("map");
		assertThat(map.completed()).isEqualTo(map.partitions() - 1).isGreaterThan(3);
		assertThat(first.getAllFailureExceptions()).extracting(Throwable::getMessage)
			.contains("%s line %d: %s (more than skip-limit=0 record(s) of this file rejected)"
				.formatted(postings.file(), postings.lines().get(120), BAD_QUOTE_REASON));
		assertThat(output.resolve("counts.tsv")).doesNotExist();

		Map<String, String> raised = new LinkedHashMap<>(arguments);
		raised.put("skip-limit", "2");
		JobExecution second = this.operator.start(job, parameters(raised));

		assertThat(second).hasStatus(BatchStatus.COMPLETED).ranPartitions("map", failed.get(0));
		String counts = Files.readString(output.resolve("counts.tsv"));
		assertThat(counts).isEqualTo(ReferenceSkillCount.tsv(List.of(good), skillList, "Job Description"))
			.endsWith("Nonexistium\t0\n");
		StepTotals total = StepTotals.of(this.repository.getJobExecutions(second.getJobInstance())).get("map");
		assertThat(total.read()).isEqualTo(202);
		assertThat(total.skipped()).isEqualTo(2);
		List<JsonNode> rejects = rejects(output.resolve("_rejects/jobs.csv.jsonl"));
		assertThat(rejects).extracting(reject -> reject.get("line").asLong())
			.containsExactly(postings.lines().get(120), postings.lines().get(121));
		assertThat(rejects).extracting(reject -> reject.get("reason").asString())
			.containsExactly(BAD_QUOTE_REASON, "4 fields, the header has 3");
		assertThat(rejects).extracting(reject -> reject.get("record").asString())
			.containsExactly(BAD_QUOTE, BAD_FIELDS);
	}

	@Test
	void tooManyRejectsInAFileFailPublishAndTheRestartKeepsTheSkillListOfTheFirstRun() throws Exception {
		Map<Integer, String> bad = Map.of(10, BAD_FIELDS, 190, BAD_QUOTE);
		Postings postings = Postings.write(this.temp.resolve("jobs.csv"), 200, bad);
		Path good = Postings.write(this.temp.resolve("good.csv"), 200, Map.of()).file();
		Path skillList = Files.writeString(this.temp.resolve("skills.txt"), "Python\nSQL\n");
		Path output = this.temp.resolve("out");
		Job job = job(this.settings.withThreads(2)
			.withSizes(DataSize.ofKilobytes(3), this.settings.spillBuffer(), this.settings.mergeFanIn()));
		Map<String, String> arguments = new LinkedHashMap<>(Map.of("input", postings.file().toString(), "skills",
				skillList.toString(), "output", output.toString(), "skip-limit", "1"));

		JobExecution first = this.operator.start(job, parameters(arguments));

		assertThat(first).hasStatus(BatchStatus.FAILED);
		assertThat(StepTotals.of(List.of(first)).get("map").completed())
			.isEqualTo(StepTotals.of(List.of(first)).get("map").partitions());
		Path rejects = output.resolve("_rejects/jobs.csv.jsonl");
		assertThat(first.getAllFailureExceptions()).extracting(Throwable::getMessage)
			.containsExactly("%s line %d: %s (2 record(s) of this file rejected, skip-limit=1; all in %s)"
				.formatted(postings.file(), postings.lines().get(190), BAD_QUOTE_REASON, rejects));
		assertThat(rejects(rejects)).hasSize(2);
		assertThat(output.resolve("counts.tsv")).doesNotExist();

		Files.writeString(skillList, "Java\n", java.nio.file.StandardOpenOption.APPEND);
		arguments.put("skip-limit", "2");
		JobExecution second = this.operator.start(job, parameters(arguments));

		assertThat(second).hasStatus(BatchStatus.COMPLETED).ranSteps("publish");
		assertThat(Files.readString(output.resolve("counts.tsv"))).isEqualTo(ReferenceSkillCount.tsv(List.of(good),
				Files.writeString(this.temp.resolve("first-skills.txt"), "Python\nSQL\n"), "Job Description"));
	}

	@Test
	void aBadSkillListOrAMissingColumnFailsNamingTheFile() throws Exception {
		Path tab = Files.writeString(this.temp.resolve("skills.txt"), "Python\nSpark\tSQL\n");
		Path postings = Postings.write(this.temp.resolve("jobs.csv"), 3, Map.of()).file();

		JobExecution badList = this.operator.start(this.skills, parameters(Map.of("input", postings.toString(),
				"skills", tab.toString(), "output", this.temp.resolve("a").toString())));
		JobExecution badColumn = this.operator.start(this.skills, parameters(
				Map.of("input", postings.toString(), "column", "Body", "output", this.temp.resolve("b").toString())));

		assertThat(badList).hasStatus(BatchStatus.FAILED).ranSteps("split");
		assertThat(badList.getAllFailureExceptions()).extracting(Throwable::getMessage)
			.containsExactly(
					"skills file %s line 2: a skill may not hold a tab or a line break: 'Spark\\tSQL'".formatted(tab));
		assertThat(badColumn).hasStatus(BatchStatus.FAILED);
		assertThat(badColumn.getAllFailureExceptions()).extracting(Throwable::getMessage)
			.contains("%s has no column 'Body' (columns: Job Title, Job Description, Rating)".formatted(postings));
	}

	private Job job(EngineSettings variant) {
		return EngineVariants.factory(this.repository, this.transactionManager, variant)
			.create(this.skillsMapReduce, definition().validator());
	}

	private JobDefinition definition() {
		return this.definitions.get("skills");
	}

	private JobParameters parameters(Map<String, String> arguments) {
		return definition().parse(arguments);
	}

	private static List<JsonNode> rejects(Path file) throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(json::readTree).toList();
	}

	/**
	 * A postings file of {@code rows} rows whose descriptions span two lines, with the
	 * given malformed records inserted before the rows of those numbers.
	 *
	 * @param lines the line each malformed record starts on, by its row number
	 */
	record Postings(Path file, Map<Integer, Long> lines) {

		static Postings write(Path file, int rows, Map<Integer, String> bad) throws IOException {
			StringBuilder csv = new StringBuilder("Job Title,Job Description,Rating\n");
			Map<Integer, Long> lines = new LinkedHashMap<>();
			long line = 2;
			String[] skills = { "Python", "SQL", "java", "C++", "PYTHON, sql" };
			for (int row = 0; row < rows; row++) {
				if (bad.containsKey(row)) {
					lines.put(row, line++);
					csv.append(bad.get(row)).append('\n');
				}
				csv.append("Engineer ")
					.append(row)
					.append(",\"We use ")
					.append(skills[row % skills.length])
					.append(" and \"\"")
					.append(skills[(row * 7) % skills.length])
					.append("\"\",\nevery day.\",")
					.append(row % 5)
					.append('\n');
				line += 2;
			}
			Files.writeString(file, csv);
			return new Postings(file, lines);
		}

	}

}
