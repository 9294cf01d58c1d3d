package dev.nightshift.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Stream;

/**
 * Resolves an input parameter (a file, a folder or a glob such as {@code data/*.txt}) to
 * the files it names, sorted by path so every run sees the same order. Inside folders,
 * names that start with {@code .} or {@code _} are skipped, as Hadoop does
 * ({@code _SUCCESS}, temp files).
 */
public final class InputFiles {

	private InputFiles() {
	}

	public static List<Path> resolve(String input) {
		Path base = globBase(input);
		try {
			if (base == null) {
				Path path = Path.of(input);
				if (Files.isRegularFile(path)) {
					return List.of(path.toAbsolutePath().normalize());
				}
				return Files.isDirectory(path) ? walk(path, candidate -> true) : List.of();
			}
			if (!Files.isDirectory(base)) {
				return List.of();
			}
			PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + input);
			return walk(base, matcher::matches);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list input " + input + ": " + ex.getMessage(), ex);
		}
	}

	public static boolean isGlob(String input) {
		return globBase(input) != null;
	}

	/** The folder before the first glob character, or null when the input has none. */
	private static Path globBase(String input) {
		int wildcard = -1;
		for (int i = 0; i < input.length(); i++) {
			if ("*?[{".indexOf(input.charAt(i)) >= 0) {
				wildcard = i;
				break;
			}
		}
		if (wildcard < 0) {
			return null;
		}
		int slash = input.lastIndexOf('/', wildcard);
		return slash < 0 ? Path.of(".") : Path.of(input.substring(0, Math.max(slash, 1)));
	}

	private static List<Path> walk(Path root, PathMatcher matcher) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			return paths.filter(Files::isRegularFile)
				.filter(path -> visible(root.relativize(path)))
				.filter(path -> matcher.matches(path.normalize()))
				.map(path -> path.toAbsolutePath().normalize())
				.sorted()
				.toList();
		}
	}

	private static boolean visible(Path relative) {
		for (Path part : relative) {
			String name = part.toString();
			if (name.startsWith(".") || name.startsWith("_")) {
				return false;
			}
		}
		return true;
	}

}
