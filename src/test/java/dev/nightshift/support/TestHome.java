package dev.nightshift.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A fresh NIGHTSHIFT_HOME (repository, logs, work areas) per test class, under target/.
 * Its repository is opened in this JVM: the shared repository server is for separate
 * processes, and the process-level tests ({@code *IT}) cover it.
 */
public final class TestHome {

	private TestHome() {
	}

	/**
	 * A copy of the shipped job definitions in the home, as {@code nightshift.jobs}, for
	 * a test that changes or adds some.
	 */
	public static Path copyShippedJobs(DynamicPropertyRegistry registry, Path home) throws IOException {
		Path jobs = Files.createDirectories(home.resolve("jobs"));
		try (Stream<Path> shipped = Files.list(Path.of("jobs"))) {
			for (Path definition : shipped.toList()) {
				Files.copy(definition, jobs.resolve(definition.getFileName()));
			}
		}
		registry.add("nightshift.jobs", jobs::toString);
		return jobs;
	}

	public static Path create(DynamicPropertyRegistry registry, String name) {
		try {
			Files.createDirectories(Path.of("target/test-homes"));
			Path home = Files.createTempDirectory(Path.of("target/test-homes"), name + "-").toAbsolutePath();
			registry.add("nightshift.home", home::toString);
			registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + home.resolve("repository"));
			return home;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
