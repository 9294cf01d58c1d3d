package dev.nightshift.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A fresh NIGHTSHIFT_HOME (repository, logs, work areas) per test class, under target/.
 * Its repository is opened in this JVM: the shared repository server is for separate
 * processes, and the process-level tests ({@code *IT}) cover it.
 */
public final class TestHome {

	private TestHome() {
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
