package dev.nightshift.definition;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.nightshift.engine.InputFiles;

import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.job.parameters.JobParametersValidator;

/**
 * A job as an operator defines it in {@code jobs/<name>.yml}. Parameters are declared
 * once here and the same declaration parses {@code name=value} arguments, applies
 * defaults and validates what reaches Spring Batch.
 *
 * @param schedule Spring cron expression of scheduled runs, or null
 * @param catchUp what {@code serve} does about a scheduled run it missed while down
 * @param parameters declared parameters in file order
 * @param stages a pipeline's jobs in order, empty for other kinds
 * @param source the file it was read from
 */
public record JobDefinition(String name, JobKind kind, String description, String schedule, CatchUp catchUp,
		Map<String, ParameterSpec> parameters, List<PipelineStage> stages, Path source) {

	/** Added by {@code --new-run}: a fresh instance of otherwise identical parameters. */
	public static final String RUN_ID = "run.id";

	/** Added by the scheduler: one instance per night. */
	public static final String RUN_DATE = "run.date";

	/**
	 * Added to a pipeline's children ({@code nightly#7}): each instance of a pipeline
	 * runs instances of its own, which no run outside it shares.
	 */
	public static final String PIPELINE = "pipeline";

	private static final Map<String, ParameterSpec> RESERVED = Map.of(RUN_ID,
			new ParameterSpec(RUN_ID, ParameterType.INT, false, null, true, false, "run number added by --new-run",
					List.of(), null),
			RUN_DATE,
			new ParameterSpec(RUN_DATE, ParameterType.DATE, false, null, true, false, "night of a scheduled run",
					List.of(), null),
			PIPELINE, new ParameterSpec(PIPELINE, ParameterType.STRING, false, null, true, false,
					"the pipeline instance that runs this job", List.of(), null));

	public static boolean isReserved(String name) {
		return RESERVED.containsKey(name);
	}

	public JobDefinition {
		parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
		stages = List.copyOf(stages);
	}

	/**
	 * Turns {@code name=value} arguments into job parameters: defaults applied, types
	 * checked, paths made absolute, inputs checked to exist.
	 * @throws InvalidParameterException naming the first parameter that is wrong and why
	 */
	public JobParameters parse(Map<String, String> arguments) {
		Map<String, String> rest = new LinkedHashMap<>(arguments);
		JobParametersBuilder builder = new JobParametersBuilder();
		for (ParameterSpec spec : this.parameters.values()) {
			String text = rest.containsKey(spec.name()) ? rest.remove(spec.name()) : spec.defaultValue();
			if (text == null) {
				if (spec.required()) {
					throw new InvalidParameterException(spec.name(), null, spec.type().expected());
				}
				continue;
			}
			Object value = spec.type().parseOrExplain(spec.name(), text);
			String refusal = spec.refusal(value);
			if (refusal != null) {
				throw new InvalidParameterException(spec.name(), text, refusal);
			}
			if (spec.exists() && InputFiles.resolve(text).isEmpty()) {
				throw new InvalidParameterException(spec.name(), text, InputFiles.isGlob(text)
						? "a glob that matches at least one file" : "an existing file or folder");
			}
			add(builder, spec, value);
		}
		for (ParameterSpec spec : RESERVED.values()) {
			if (rest.containsKey(spec.name())) {
				add(builder, spec, spec.type().parseOrExplain(spec.name(), rest.remove(spec.name())));
			}
		}
		if (!rest.isEmpty()) {
			String unknown = rest.keySet().iterator().next();
			throw new InvalidParameterException(unknown, "unknown parameter '%s' for job %s: expected one of %s"
				.formatted(unknown, this.name, String.join(", ", this.parameters.keySet())));
		}
		return builder.toJobParameters();
	}

	/**
	 * Checks what actually reaches Spring Batch, whoever built it (CLI, REST, scheduler,
	 * tests).
	 */
	public JobParametersValidator validator() {
		return (JobParameters parameters) -> {
			for (ParameterSpec spec : this.parameters.values()) {
				if (spec.required() && parameters.getParameter(spec.name()) == null) {
					throw new InvalidJobParametersException(
							"job %s: parameter '%s' is missing".formatted(this.name, spec.name()));
				}
			}
			for (JobParameter<?> parameter : parameters) {
				ParameterSpec spec = this.parameters.getOrDefault(parameter.name(), RESERVED.get(parameter.name()));
				if (spec == null) {
					throw new InvalidJobParametersException(
							"job %s: unknown parameter '%s'".formatted(this.name, parameter.name()));
				}
				if (!spec.type().javaType().isInstance(parameter.value())) {
					throw new InvalidJobParametersException("job %s: parameter '%s' must be %s, was %s"
						.formatted(this.name, parameter.name(), spec.type().expected(), parameter.value()));
				}
				String refusal = spec.refusal(parameter.value());
				if (refusal != null) {
					throw new InvalidJobParametersException("job %s: parameter '%s' must be %s, was %s"
						.formatted(this.name, parameter.name(), refusal, parameter.value()));
				}
			}
		};
	}

	public static JobParameters withRunId(JobParameters parameters, long runId) {
		return new JobParametersBuilder(parameters).addLong(RUN_ID, runId, true).toJobParameters();
	}

	public static JobParameters withRunDate(JobParameters parameters, LocalDate night) {
		return new JobParametersBuilder(parameters).addLocalDate(RUN_DATE, night, true).toJobParameters();
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static void add(JobParametersBuilder builder, ParameterSpec spec, Object value) {
		builder.addJobParameter(spec.name(), value, (Class) spec.type().javaType(), spec.identifying());
	}

}
