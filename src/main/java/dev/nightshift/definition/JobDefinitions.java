package dev.nightshift.definition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Every definition in the jobs folder, read once at start-up, by name. */
public final class JobDefinitions {

	private final Map<String, JobDefinition> byName;

	private JobDefinitions(Map<String, JobDefinition> byName) {
		this.byName = byName;
	}

	/**
	 * Reads every {@code *.yml}/{@code *.yaml} file of the folder.
	 * @throws InvalidDefinitionException for the first file that is not a valid
	 * definition
	 */
	public static JobDefinitions load(Path folder) {
		if (!Files.isDirectory(folder)) {
			throw new InvalidDefinitionException(folder.toAbsolutePath(), null,
					"job definitions folder not found (set NIGHTSHIFT_JOBS or run from the project folder)");
		}
		Map<String, JobDefinition> byName = new LinkedHashMap<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(JobDefinitions::isYaml).sorted().toList()) {
				JobDefinition definition = JobDefinitionReader.read(file);
				byName.put(definition.name(), definition);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list job definitions in " + folder, ex);
		}
		byName.values().forEach(definition -> checkStages(definition, byName));
		return new JobDefinitions(byName);
	}

	/**
	 * A pipeline runs jobs that are defined, are not pipelines, and have its parameters.
	 */
	private static void checkStages(JobDefinition pipeline, Map<String, JobDefinition> byName) {
		for (int i = 0; i < pipeline.stages().size(); i++) {
			PipelineStage stage = pipeline.stages().get(i);
			String field = "jobs[" + i + "]";
			JobDefinition child = byName.get(stage.job());
			if (child == null || child.kind() == JobKind.PIPELINE) {
				throw new InvalidDefinitionException(pipeline.source(), field + ".job",
						"'%s' is not a job of this folder that a pipeline can run: expected one of %s".formatted(
								stage.job(),
								byName.values()
									.stream()
									.filter(d -> d.kind() != JobKind.PIPELINE)
									.map(JobDefinition::name)
									.toList()));
			}
			for (String parameter : stage.parameters().keySet()) {
				if (!child.parameters().containsKey(parameter)) {
					throw new InvalidDefinitionException(pipeline.source(), field + ".parameters." + parameter,
							"job %s has no parameter '%s': expected one of %s".formatted(child.name(), parameter,
									String.join(", ", child.parameters().keySet())));
				}
			}
		}
	}

	private static boolean isYaml(Path file) {
		String name = file.getFileName().toString();
		return Files.isRegularFile(file) && (name.endsWith(".yml") || name.endsWith(".yaml"));
	}

	public Collection<JobDefinition> all() {
		return this.byName.values();
	}

	/**
	 * @throws InvalidParameterException for an unknown job, listing the known ones
	 */
	public JobDefinition get(String name) {
		return find(name).orElseThrow(() -> new InvalidParameterException("job",
				"unknown job '%s': expected one of %s".formatted(name, String.join(", ", this.byName.keySet()))));
	}

	public Optional<JobDefinition> find(String name) {
		return Optional.ofNullable(this.byName.get(name));
	}

}
