package dev.nightshift.repository;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import org.h2.api.ErrorCode;
import org.h2.tools.RunScript;
import org.h2.tools.Server;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * The background process that owns a home's H2 file and serves it on a loopback port to
 * the home's commands, so that launches, {@code status} and {@code serve} share one
 * repository without H2's file-lock hand-over: with {@code AUTO_SERVER} the first process
 * to open the file served it, and when that one exited (a short {@code status}) the
 * transactions other jobs had in flight failed. Exits once no command has been connected
 * for the idle timeout.
 *
 * <p>
 * Started by {@link SharedRepository}: {@code RepositoryServer <home> <idle seconds>}.
 */
public final class RepositoryServer {

	private static final Duration POLL = Duration.ofMillis(500);

	private static final Duration OPEN_TIMEOUT = Duration.ofSeconds(10);

	private RepositoryServer() {
	}

	public static void main(String[] args) throws Exception {
		Path home = Path.of(args[0]).toAbsolutePath();
		Duration idleTimeout = Duration.ofSeconds(Long.parseLong(args[1]));
		// It shares the terminal's process group with the command that started it: Ctrl-C
		// meant
		// for that command must not take the repository away from its final save.
		Signal.handle(new Signal("INT"), SignalHandler.SIG_IGN);
		Signal.handle(new Signal("HUP"), SignalHandler.SIG_IGN);

		String database = home.resolve("repository").toString();
		try (Connection own = open(database)) {
			createBatchSchemaIfMissing(own);
			String key = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
			Server tcp = Server.createTcpServer("-tcpPort", "0", "-ifExists", "-key", key, database).start();
			ServerAddress address = new ServerAddress(tcp.getPort(), key, ProcessHandle.current().pid());
			address.publish(home);
			log("serving " + database + " on port " + tcp.getPort());
			try {
				serveUntilIdle(own, address, home, idleTimeout);
			}
			finally {
				address.withdraw(home);
				tcp.stop();
			}
			log("idle for " + idleTimeout.toSeconds() + " s, exiting");
		}
	}

	/**
	 * WRITE_DELAY=0: H2 otherwise writes commits up to 500 ms later, and a crash loses
	 * them. A server that idled out may still be closing the file: wait for it a little.
	 */
	private static Connection open(String database) throws SQLException, InterruptedException {
		Instant deadline = Instant.now().plus(OPEN_TIMEOUT);
		while (true) {
			try {
				return DriverManager.getConnection("jdbc:h2:file:" + database + ";WRITE_DELAY=0", "sa", "");
			}
			catch (SQLException ex) {
				if (ex.getErrorCode() != ErrorCode.DATABASE_ALREADY_OPEN_1 || Instant.now().isAfter(deadline)) {
					throw ex;
				}
				Thread.sleep(POLL.toMillis());
			}
		}
	}

	/**
	 * Created here, before the address is published, so that two first commands never
	 * race to create it.
	 */
	private static void createBatchSchemaIfMissing(Connection connection) throws SQLException {
		try (ResultSet tables = connection.getMetaData().getTables(null, null, "BATCH_JOB_INSTANCE", null)) {
			if (tables.next()) {
				return;
			}
		}
		try (Reader schema = new InputStreamReader(
				RepositoryServer.class.getResourceAsStream("/org/springframework/batch/core/schema-h2.sql"),
				StandardCharsets.UTF_8)) {
			RunScript.execute(connection, schema);
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot read Spring Batch's H2 schema", ex);
		}
		log("created the Spring Batch schema");
	}

	/**
	 * Withdraws the address first and looks once more before exiting, so that a command
	 * that read it a moment earlier is either served or finds no address and starts a new
	 * server.
	 */
	private static void serveUntilIdle(Connection own, ServerAddress address, Path home, Duration idleTimeout)
			throws Exception {
		Instant idleSince = Instant.now();
		while (true) {
			Thread.sleep(POLL.toMillis());
			if (otherSessions(own) > 0) {
				idleSince = Instant.now();
			}
			else if (Duration.between(idleSince, Instant.now()).compareTo(idleTimeout) >= 0) {
				address.withdraw(home);
				Thread.sleep(POLL.toMillis());
				if (otherSessions(own) == 0) {
					return;
				}
				address.publish(home);
				idleSince = Instant.now();
			}
		}
	}

	private static int otherSessions(Connection own) throws SQLException {
		try (Statement statement = own.createStatement();
				ResultSet count = statement.executeQuery(
						"SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_ID <> SESSION_ID()")) {
			count.next();
			return count.getInt(1);
		}
	}

	private static void log(String message) {
		System.out.println(Instant.now() + " repository server " + ProcessHandle.current().pid() + ": " + message);
	}

}
