package dev.nightshift.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.nightshift.definition.InvalidParameterException;
import dev.nightshift.definition.JobDefinition;
import dev.nightshift.definition.ParameterSpec;
import dev.nightshift.definition.ParameterType;
import dev.nightshift.engine.InputFiles;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Keeps the path parameters of a launch through the API inside the configured data roots
 * ({@code nightshift.serve.data-roots}, by default {@code data} and {@code out} of the
 * server's folder): a path that leads out of them, through {@code ..}, as an absolute
 * path or through a symbolic link, is refused with the parameter's name. Relative paths
 * resolve against the server's folder, as on the command line. Defaults of the
 * definitions are the operator's and are not checked.
 */
@Component
@ConditionalOnWebApplication
class DataRoots {

	private final List<Path> roots;

	DataRoots(ServeSettings settings) {
		this.roots = settings.dataRoots().stream().map(DataRoots::real).toList();
	}

	void check(JobDefinition definition, Map<String, String> arguments) {
		arguments.forEach((name, value) -> {
			ParameterSpec spec = definition.parameters().get(name);
			if (spec != null && spec.type() == ParameterType.PATH) {
				check(name, value);
			}
		});
	}

	private void check(String parameter, String value) {
		String fixed = InputFiles.isGlob(value) ? value.substring(0, firstGlobCharacter(value)) : value;
		Path path = real(Path.of(fixed.isEmpty() ? "." : fixed));
		if (this.roots.stream().noneMatch(path::startsWith)) {
			throw new InvalidParameterException(parameter, value,
					"a path inside the data roots " + this.roots + " (nightshift.serve.data-roots)");
		}
	}

	/**
	 * Absolute and normalised, with the symbolic links of its longest existing part
	 * followed, so a link that points elsewhere counts where it points.
	 */
	static Path real(Path path) {
		Path absolute = path.toAbsolutePath().normalize();
		Path existing = absolute;
		while (existing != null && !Files.exists(existing)) {
			existing = existing.getParent();
		}
		if (existing == null) {
			return absolute;
		}
		try {
			return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int firstGlobCharacter(String value) {
		int first = value.length();
		for (char glob : new char[] { '*', '?', '[', '{' }) {
			int at = value.indexOf(glob);
			if (at >= 0) {
				first = Math.min(first, at);
			}
		}
		return value.lastIndexOf('/', first) + 1;
	}

}
