package dev.nightshift.definition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
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
		return new JobDefinitions(byName);
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
		JobDefinition definition = this.byName.get(name);
		if (definition == null) {
			throw new InvalidParameterException("job",
					"unknown job '%s': expected one of %s".formatted(name, String.join(", ", this.byName.keySet())));
		}
		return definition;
	}

}
