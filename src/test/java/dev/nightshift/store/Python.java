package dev.nightshift.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A Python 3 with pandas and PyTables, when the machine has one (Debian's python3-pandas
 * and python3-tables; a python3 earlier on the PATH may lack them).
 */
public final class Python {

	private static final Optional<String> WITH_PANDAS = find();

	private Python() {
	}

	public static boolean hasPandas() {
		return WITH_PANDAS.isPresent();
	}

	/**
	 * The first of $NIGHTSHIFT_PYTHON, python3 and /usr/bin/python3 that imports pandas
	 * and tables.
	 */
	public static Optional<String> executable() {
		return WITH_PANDAS;
	}

	/**
	 * Runs a script with arguments; returns its standard output, or throws with its error
	 * output. Both are UTF-8, and the error output goes to a file so that neither stream
	 * can fill up and block the script.
	 */
	public static String run(String script, String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(WITH_PANDAS.orElseThrow(), "-c", script));
		command.addAll(List.of(arguments));
		Path errors = Files.createTempFile("python-", ".err");
		try {
			ProcessBuilder builder = new ProcessBuilder(command).redirectError(errors.toFile());
			builder.environment().put("PYTHONIOENCODING", "utf-8");
			Process process = builder.start();
			String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException("python failed: " + Files.readString(errors, StandardCharsets.UTF_8));
			}
			return out;
		}
		finally {
			Files.delete(errors);
		}
	}

	private static Optional<String> find() {
		for (String python : java.util.stream.Stream
			.of(System.getenv("NIGHTSHIFT_PYTHON"), "python3", "/usr/bin/python3")
			.filter(candidate -> candidate != null && !candidate.isBlank())
			.toList()) {
			try {
				Process process = new ProcessBuilder(python, "-c", "import pandas, tables").start();
				if (process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0) {
					return Optional.of(python);
				}
			}
			catch (IOException | InterruptedException ex) {
				// not this one
			}
		}
		return Optional.empty();
	}

}
