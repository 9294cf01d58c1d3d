package dev.nightshift.jobs.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import dev.nightshift.definition.InvalidParameterException;
import dev.nightshift.definition.JobDefinition;
import dev.nightshift.definition.JobDefinitions;
import dev.nightshift.definition.PipelineStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StageParametersTest {

	private final JobDefinition correlation = JobDefinitions.load(Path.of("jobs")).get("correlation");

	@TempDir
	Path temp;

	@Test
	void templatesAreFilledWithThePipelinesValuesAndTheChildsDefaultsAndNightAreAdded() throws IOException {
		Files.createDirectories(this.temp.resolve("stores"));
		Files.writeString(this.temp.resolve("stores/A.h5"), "a store");
		StageParameters stage = new StageParameters(
				new PipelineStage("correlation",
						Map.of("input", "${output}/stores", "output", "${output}/correlation", "top", "${top}")),
				this.correlation);
		JobParameters pipeline = new JobParametersBuilder().addString("output", this.temp.toString())
			.addLong("top", 5L)
			.addLocalDate(JobDefinition.RUN_DATE, LocalDate.of(2026, 12, 1))
			.toJobParameters();

		JobParameters child = stage.getJobParameters(null, step(pipeline));

		assertThat(child.getString("input")).isEqualTo(this.temp.resolve("stores").toString());
		assertThat(child.getString("output")).isEqualTo(this.temp.resolve("correlation").toString());
		assertThat(child.getLong("top")).isEqualTo(5L);
		assertThat(child.getString("column")).as("the child's default").isEqualTo("close");
		assertThat(child.getLocalDate(JobDefinition.RUN_DATE)).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(child.getParameter(JobDefinition.RUN_DATE).identifying()).isTrue();
		assertThat(child.getString(JobDefinition.PIPELINE)).isEqualTo("nightly#1");
		assertThat(child.getParameter(JobDefinition.PIPELINE).identifying()).isTrue();
	}

	@Test
	void aValueTheChildRefusesNamesTheParameterAndWhatWasExpected() throws IOException {
		Files.writeString(this.temp.resolve("A.h5"), "a store");
		StageParameters stage = new StageParameters(
				new PipelineStage("correlation", Map.of("input", "${output}", "top", "${output}")), this.correlation);
		JobParameters pipeline = new JobParametersBuilder().addString("output", this.temp.toString()).toJobParameters();

		assertThatThrownBy(() -> stage.getJobParameters(null, step(pipeline)))
			.isInstanceOf(InvalidParameterException.class)
			.hasMessageStartingWith("job correlation: parameter 'top' has value '%s'".formatted(this.temp))
			.hasMessageEndingWith("expected a whole number");
	}

	private static StepExecution step(JobParameters parameters) {
		return new StepExecution(1, "correlation", new JobExecution(1, new JobInstance(1, "nightly"), parameters));
	}

}
