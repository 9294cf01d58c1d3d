package dev.nightshift.repository;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;

/**
 * Where the repository server of a home listens, as it publishes it in
 * {@code repository.server}: the port (loopback only), the key that stands for the
 * database name (readable by the home's owner alone, so other users cannot connect) and
 * its pid.
 */
public record ServerAddress(int port, String key, long pid) {

	static final String FILE = "repository.server";

	public String url() {
		return "jdbc:h2:tcp://127.0.0.1:" + this.port + "/" + this.key;
	}

	public static Optional<ServerAddress> read(Path home) {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(home.resolve(FILE))) {
			properties.load(reader);
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String port = properties.getProperty("port");
		String key = properties.getProperty("key");
		String pid = properties.getProperty("pid");
		if (port == null || key == null || pid == null) {
			return Optional.empty();
		}
		return Optional.of(new ServerAddress(Integer.parseInt(port), key, Long.parseLong(pid)));
	}

	/** Atomically, so that a reader never sees half a file. */
	void publish(Path home) throws IOException {
		Path temporary = Files.createTempFile(home, FILE, ".tmp",
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		try (Writer writer = Files.newBufferedWriter(temporary)) {
			writer.write("port=" + this.port + "\nkey=" + this.key + "\npid=" + this.pid + "\n");
		}
		Files.move(temporary, home.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
	}

	/** Removes the published address if it is still this one. */
	void withdraw(Path home) {
		if (read(home).filter(this::equals).isPresent()) {
			try {
				Files.deleteIfExists(home.resolve(FILE));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

}
