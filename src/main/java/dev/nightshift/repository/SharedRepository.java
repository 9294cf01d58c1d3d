package dev.nightshift.repository;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;

import org.h2.api.ErrorCode;

import org.springframework.jdbc.datasource.AbstractDataSource;

/**
 * Connections to the home's {@link RepositoryServer}, started on first use when none
 * runs. Sits under the connection pool: every new physical connection finds the current
 * server, so a pool outlives a server that idled out between two of its connections.
 */
final class SharedRepository extends AbstractDataSource {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

	private static final int ATTEMPTS = 3;

	private final Path home;

	private final Duration idleTimeout;

	private volatile ServerAddress known;

	SharedRepository(Path home, Duration idleTimeout) {
		this.home = home;
		this.idleTimeout = idleTimeout;
	}

	@Override
	public Connection getConnection() throws SQLException {
		SQLException unreachable = null;
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			ServerAddress address = address();
			try {
				return DriverManager.getConnection(address.url(), "sa", "");
			}
			catch (SQLException ex) {
				if (ex.getErrorCode() != ErrorCode.CONNECTION_BROKEN_1) {
					throw ex;
				}
				// It exited after we read its address, or its pid now belongs to another
				// process.
				unreachable = ex;
				forget(address);
			}
		}
		throw unreachable;
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return getConnection();
	}

	private ServerAddress address() {
		ServerAddress address = this.known;
		if (address == null) {
			synchronized (this) {
				address = this.known;
				if (address == null) {
					address = findOrStart();
					this.known = address;
				}
			}
		}
		return address;
	}

	private synchronized void forget(ServerAddress address) {
		this.known = null;
		address.withdraw(this.home);
	}

	/** Under a file lock, so that commands starting together start one server. */
	private ServerAddress findOrStart() {
		Optional<ServerAddress> published = running();
		if (published.isPresent()) {
			return published.get();
		}
		try {
			Files.createDirectories(this.home.resolve("logs"));
			try (FileChannel channel = FileChannel.open(this.home.resolve(ServerAddress.FILE + ".lock"),
					StandardOpenOption.CREATE, StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
				published = running();
				return published.isPresent() ? published.get() : start();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot start the repository server in " + this.home, ex);
		}
	}

	private Optional<ServerAddress> running() {
		return ServerAddress.read(this.home)
			.filter((address) -> ProcessHandle.of(address.pid()).map(ProcessHandle::isAlive).orElse(false));
	}

	private ServerAddress start() throws IOException {
		Path log = this.home.resolve("logs/repository-server.log");
		List<String> command = new ArrayList<>(
				List.of(javaExecutable(), "-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto"));
		command.addAll(classPathAndMain());
		command.addAll(List.of(this.home.toString(), Long.toString(this.idleTimeout.toSeconds())));
		Process server = new ProcessBuilder(command).redirectInput(Redirect.from(new File("/dev/null")))
			.redirectOutput(Redirect.appendTo(log.toFile()))
			.redirectErrorStream(true)
			.start();
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			Optional<ServerAddress> published = running();
			if (published.isPresent()) {
				return published.get();
			}
			if (!server.isAlive()) {
				throw new IllegalStateException("the repository server exited with code " + server.exitValue()
						+ " without serving " + this.home.resolve("repository") + "; see " + log);
			}
			sleep(Duration.ofMillis(20));
		}
		server.destroy();
		throw new IllegalStateException(
				"the repository server did not start within " + START_TIMEOUT.toSeconds() + " s; see " + log);
	}

	private static String javaExecutable() {
		return ProcessHandle.current()
			.info()
			.command()
			.orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
	}

	/**
	 * The same code as this process: its class path, or its executable jar through Boot's
	 * loader.
	 */
	private static List<String> classPathAndMain() throws IOException {
		String classPath = System.getProperty("java.class.path");
		String main = RepositoryServer.class.getName();
		if (isExecutableJar(classPath)) {
			return List.of("-Dloader.main=" + main, "-cp", classPath,
					"org.springframework.boot.loader.launch.PropertiesLauncher");
		}
		return List.of("-cp", classPath, main);
	}

	private static boolean isExecutableJar(String classPath) throws IOException {
		if (!classPath.endsWith(".jar") || classPath.contains(File.pathSeparator)) {
			return false;
		}
		try (JarFile jar = new JarFile(classPath)) {
			return jar.getEntry("BOOT-INF/classes/") != null;
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while starting the repository server", ex);
		}
	}

}
