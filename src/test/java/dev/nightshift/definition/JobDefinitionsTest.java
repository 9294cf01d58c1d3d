package dev.nightshift.definition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobDefinitionsTest {

	private static final String VALID = """
			name: sample
			kind: mapreduce
			description: A job for tests.
			schedule: "0 30 2 * * *"
			catch-up: latest
			parameters:
			  input:      {type: path, required: true, exists: true, help: "file, folder or glob"}
			  output:     {type: path, default: out/sample}
			  lowercase:  {type: boolean, default: false}
			  partitions: {type: int, default: 0, identifying: false}
			  day:        {type: date}
			  mode:       {type: string, default: fast, values: [fast, exact]}
			  top:        {type: int, default: 20, min: 1}
			""";

	@TempDir
	Path folder;

	@Test
	void readsEveryFieldOfADefinition() throws IOException {
		JobDefinition definition = load(VALID).get("sample");

		assertThat(definition.kind()).isEqualTo(JobKind.MAPREDUCE);
		assertThat(definition.schedule()).isEqualTo("0 30 2 * * *");
		assertThat(definition.catchUp()).isEqualTo(CatchUp.LATEST);
		assertThat(definition.parameters()).containsOnlyKeys("input", "output", "lowercase", "partitions", "day",
				"mode", "top");
		ParameterSpec partitions = definition.parameters().get("partitions");
		assertThat(partitions.type()).isEqualTo(ParameterType.INT);
		assertThat(partitions.identifying()).isFalse();
		assertThat(partitions.defaultValue()).isEqualTo("0");
		assertThat(definition.parameters().get("input").exists()).isTrue();
		assertThat(definition.parameters().get("mode").values()).containsExactly("fast", "exact");
		assertThat(definition.parameters().get("top").min()).isEqualTo(1L);
	}

	@Test
	void theShippedDefinitionsAreValid() {
		JobDefinitions shipped = JobDefinitions.load(Path.of("jobs"));
		assertThat(shipped.get("wordcount").kind()).isEqualTo(JobKind.MAPREDUCE);
		assertThat(shipped.get("nightly").stages()).extracting(PipelineStage::job)
			.containsExactly("ingest", "correlation", "wordcount");
	}

	static Stream<Arguments> badPipelines() {
		String head = "name: sample\nkind: pipeline\nparameters:\n  out: {type: path, default: out}\n";
		return Stream.of(Arguments.of(head, "jobs: a pipeline needs a list of jobs"),
				Arguments.of(head + "jobs: [{job: child, parametrs: {}}]", "jobs[0].parametrs: unknown field"),
				Arguments.of(head + "jobs: [{job: chlid}]",
						"jobs[0].job: 'chlid' is not a job of this folder that a pipeline can run: expected one of [child]"),
				Arguments.of(head + "jobs: [{job: sample}]", "jobs[0].job: 'sample' is not a job of this folder"),
				Arguments.of(head + "jobs: [{job: child}, {job: child}]",
						"jobs[1].job: 'child' is in the pipeline twice"),
				Arguments.of(head + "jobs: [{job: child, parameters: {ouput: x}}]",
						"jobs[0].parameters.ouput: job child has no parameter 'ouput': expected one of input, output"),
				Arguments.of(head + "jobs: [{job: child, parameters: {output: '${outt}/x'}}]",
						"jobs[0].parameters: '${outt}' is not a parameter of this pipeline"),
				Arguments.of(head + "jobs: [{job: child, parameters: {output: [a, b]}}]",
						"jobs[0].parameters.output: expected a single value"),
				Arguments.of("name: sample\nkind: mapreduce\njobs: [{job: child}]", "jobs: only a pipeline has jobs"));
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("badPipelines")
	void aBadPipelineNamesTheFileAndTheField(String yaml, String expected) throws IOException {
		Files.writeString(this.folder.resolve("child.yml"), "name: child\nkind: mapreduce\nparameters:\n"
				+ "  input: {type: path, required: true}\n  output: {type: path, default: out}\n");
		assertThatThrownBy(() -> load(yaml)).isInstanceOf(InvalidDefinitionException.class)
			.hasMessageStartingWith(this.folder.resolve("sample.yml").toString())
			.hasMessageContaining(expected);
	}

	@Test
	void aStageFillsItsTemplatesAndRefusesAPlaceholderWithoutAValue() {
		PipelineStage stage = new PipelineStage("child", Map.of("output", "${out}/x-${out}", "input", "plain"));

		assertThat(stage.arguments(Map.of("out", "/data"))).containsEntry("output", "/data/x-/data")
			.containsEntry("input", "plain");
		assertThatThrownBy(() -> stage.arguments(Map.of())).isInstanceOf(InvalidParameterException.class)
			.hasMessageContaining("'${out}/x-${out}' of job child names 'out'");
	}

	static Stream<Arguments> badDefinitions() {
		String head = "name: sample\nkind: mapreduce\n";
		return Stream.of(Arguments.of("kind: mapreduce", "name: is required"),
				Arguments.of("name: other\nkind: mapreduce", "name: 'other' must match the file name 'sample'"),
				Arguments.of("name: sample\nkind: batch",
						"kind: 'batch' is not one of [mapreduce, ingest, correlation, pipeline]"),
				Arguments.of(head + "colour: red", "colour: unknown field"),
				Arguments.of(head + "schedule: every night", "schedule: 'every night' is not a Spring cron"),
				Arguments.of(head + "catch-up: latest", "catch-up: only a definition with a schedule catches up"),
				Arguments.of(head + "schedule: '0 0 1 * * *'\ncatch-up: all",
						"catch-up: 'all' is not one of [none, latest]"),
				Arguments.of(head + "parameters:\n  n: {type: integer}", "parameters.n.type: 'integer' is not one of"),
				Arguments.of(head + "parameters:\n  n: {type: int, default: many}",
						"parameters.n.default: 'many' is not a whole number"),
				Arguments.of(head + "parameters:\n  n: {type: int, hlep: typo}", "parameters.n.hlep: unknown field"),
				Arguments.of(head + "parameters:\n  run.id: {type: int}", "parameters.run.id: 'run.id' is reserved"),
				Arguments.of(head + "parameters:\n  n: {type: int, required: maybe}",
						"parameters.n.required: expected true or false"),
				Arguments.of(head + "parameters:\n  n: {type: int, exists: true}",
						"parameters.n.exists: only a path parameter"),
				Arguments.of(head + "parameters:\n  m: {type: string, values: []}",
						"parameters.m.values: expected a list of the allowed values"),
				Arguments.of(head + "parameters:\n  m: {type: string, default: slow, values: [fast, exact]}",
						"parameters.m.default: 'slow' is not one of fast, exact"),
				Arguments.of(head + "parameters:\n  m: {type: string, min: 1}",
						"parameters.m.min: only an int parameter has a whole-number min"),
				Arguments.of(head + "parameters:\n  n: {type: int, default: 0, min: 1}",
						"parameters.n.default: '0' is not a whole number of at least 1"),
				Arguments.of("name: sample\nkind: [mapreduce", "not valid YAML"));
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("badDefinitions")
	void aBadDefinitionNamesTheFileAndTheField(String yaml, String expected) {
		assertThatThrownBy(() -> load(yaml)).isInstanceOf(InvalidDefinitionException.class)
			.hasMessageStartingWith(this.folder.resolve("sample.yml").toString())
			.hasMessageContaining(expected);
	}

	@Test
	void parsesArgumentsWithDefaultsTypesAndAbsolutePaths() throws Exception {
		Path input = Files.createFile(this.folder.resolve("in.txt"));
		JobDefinition definition = load(VALID).get("sample");

		JobParameters parameters = definition
			.parse(Map.of("input", input.toString(), "lowercase", "yes", "partitions", "3", "day", "2026-11-21"));

		assertThat(parameters.getString("input")).isEqualTo(input.toAbsolutePath().toString());
		assertThat(parameters.getString("output")).isEqualTo(Path.of("out/sample").toAbsolutePath().toString());
		assertThat(parameters.getParameter("lowercase").value()).isEqualTo(true);
		assertThat(parameters.getLong("partitions")).isEqualTo(3L);
		assertThat(parameters.getParameter("partitions").identifying()).isFalse();
		assertThat(parameters.getLocalDate("day")).isEqualTo(LocalDate.of(2026, 11, 21));
		definition.validator().validate(parameters);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"partitions=many|parameter 'partitions' has value 'many': expected a whole number",
			"lowercase=perhaps|parameter 'lowercase' has value 'perhaps': expected true or false",
			"day=21/11/2026|parameter 'day' has value '21/11/2026': expected a date like 2026-11-21",
			"colour=red|unknown parameter 'colour' for job sample: expected one of input, output, lowercase, partitions, day, mode, top",
			"mode=slow|parameter 'mode' has value 'slow': expected one of fast, exact",
			"top=0|parameter 'top' has value '0': expected a whole number of at least 1",
			"input=/no/such/folder|parameter 'input' has value '/no/such/folder': expected an existing file or folder",
			"input=/no/such/*.txt|parameter 'input' has value '/no/such/*.txt': expected a glob that matches at least one file",
			"|parameter 'input' is missing: expected a file or folder path" })
	void aBadArgumentNamesTheParameterTheValueAndWhatWasExpected(String argument, String message) throws IOException {
		JobDefinition definition = load(VALID).get("sample");
		Map<String, String> arguments = new java.util.HashMap<>();
		if (argument != null) {
			String[] pair = argument.split("=", 2);
			arguments.put(pair[0], pair[1]);
		}
		if (!arguments.containsKey("input") && argument != null) {
			arguments.put("input", Files.createFile(this.folder.resolve("in.txt")).toString());
		}

		assertThatThrownBy(() -> definition.parse(arguments)).isInstanceOf(InvalidParameterException.class)
			.hasMessage(message);
	}

	@Test
	void theValidatorRejectsParametersThatBypassedParsing() throws IOException {
		JobDefinition definition = load(VALID).get("sample");
		JobParameters wrongType = new JobParametersBuilder().addString("input", "x")
			.addString("partitions", "3")
			.toJobParameters();

		assertThatThrownBy(() -> definition.validator().validate(wrongType))
			.isInstanceOf(InvalidJobParametersException.class)
			.hasMessageContaining("parameter 'partitions' must be a whole number");
		assertThatThrownBy(() -> definition.validator().validate(new JobParameters()))
			.isInstanceOf(InvalidJobParametersException.class)
			.hasMessageContaining("parameter 'input' is missing");
		JobParameters notAllowed = new JobParametersBuilder().addString("input", "x")
			.addString("mode", "slow")
			.toJobParameters();
		assertThatThrownBy(() -> definition.validator().validate(notAllowed))
			.hasMessageContaining("parameter 'mode' must be one of fast, exact, was slow");
	}

	@Test
	void anUnknownJobListsTheKnownOnes() throws IOException {
		assertThatThrownBy(() -> load(VALID).get("wordcont")).isInstanceOf(InvalidParameterException.class)
			.hasMessage("unknown job 'wordcont': expected one of sample");
	}

	private JobDefinitions load(String yaml) throws IOException {
		Files.writeString(this.folder.resolve("sample.yml"), yaml);
		return JobDefinitions.load(this.folder);
	}

}
