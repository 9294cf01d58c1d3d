package dev.nightshift.it;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

import dev.nightshift.repository.ServerAddress;

/**
 * Reads the job repository of a test home directly, with plain JDBC, as a second opinion
 * on what the commands report, and quickly enough to catch a step in the middle. A fresh
 * connection per question, through the home's repository server, or to the file itself
 * when none runs. It never creates the database (IFEXISTS).
 */
final class RepositoryPeek {

	private final Path home;

	RepositoryPeek(Path home) {
		this.home = home;
	}

	/** Step name → status of every step execution of one job execution. */
	Map<String, String> steps(long executionId) {
		Map<String, String> steps = new TreeMap<>();
		query("SELECT STEP_NAME, STATUS FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ?",
				row -> steps.put(row.getString(1), row.getString(2)), executionId);
		return steps;
	}

	String status(long executionId) {
		StringBuilder status = new StringBuilder();
		query("SELECT STATUS FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?",
				row -> status.append(row.getString(1)), executionId);
		return status.toString();
	}

	/** How many partitions of a step (its name, such as "map") have completed. */
	long completed(long executionId, String step) {
		return steps(executionId).entrySet()
			.stream()
			.filter(entry -> entry.getKey().startsWith(step + ":") && entry.getValue().equals("COMPLETED"))
			.count();
	}

	/** The newest execution, or 0 before the first. */
	long latestExecution() {
		long[] latest = { 0 };
		query("SELECT COALESCE(MAX(JOB_EXECUTION_ID), 0) FROM BATCH_JOB_EXECUTION", row -> latest[0] = row.getLong(1));
		return latest[0];
	}

	private interface RowHandler {

		void handle(ResultSet row) throws SQLException;

	}

	private void query(String sql, RowHandler handler, Object... arguments) {
		String url = ServerAddress.read(this.home)
			.map(ServerAddress::url)
			.orElse("jdbc:h2:file:" + this.home.resolve("repository") + ";IFEXISTS=TRUE");
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < arguments.length; i++) {
				statement.setObject(i + 1, arguments[i]);
			}
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					handler.handle(rows);
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot read the repository: " + ex.getMessage(), ex);
		}
	}

}
