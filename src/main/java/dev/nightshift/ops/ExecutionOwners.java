package dev.nightshift.ops;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who runs each execution, in a table of ours beside Spring Batch's: it has no column for
 * it, and the execution context is rewritten by the job itself.
 */
@Component
public class ExecutionOwners implements InitializingBean {

	private final JdbcTemplate jdbc;

	ExecutionOwners(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void afterPropertiesSet() {
		this.jdbc.execute("""
				CREATE TABLE IF NOT EXISTS NIGHTSHIFT_EXECUTION_OWNER (
					JOB_EXECUTION_ID BIGINT NOT NULL PRIMARY KEY,
					HOST VARCHAR(255) NOT NULL,
					PID BIGINT NOT NULL,
					PROCESS_STARTED_MS BIGINT NOT NULL,
					HEARTBEAT_MS BIGINT NOT NULL)""");
	}

	void claim(long executionId, ExecutionOwner owner) {
		this.jdbc.update("""
				INSERT INTO NIGHTSHIFT_EXECUTION_OWNER
				(JOB_EXECUTION_ID, HOST, PID, PROCESS_STARTED_MS, HEARTBEAT_MS) VALUES (?, ?, ?, ?, ?)""", executionId,
				owner.host(), owner.pid(), owner.processStarted().toEpochMilli(), owner.heartbeat().toEpochMilli());
	}

	void beat(Collection<Long> executionIds, Instant now) {
		for (long id : executionIds) {
			this.jdbc.update("UPDATE NIGHTSHIFT_EXECUTION_OWNER SET HEARTBEAT_MS = ? WHERE JOB_EXECUTION_ID = ?",
					now.toEpochMilli(), id);
		}
	}

	public Optional<ExecutionOwner> find(long executionId) {
		List<ExecutionOwner> owners = this.jdbc.query(
				"SELECT HOST, PID, PROCESS_STARTED_MS, HEARTBEAT_MS FROM NIGHTSHIFT_EXECUTION_OWNER WHERE JOB_EXECUTION_ID = ?",
				(row, index) -> new ExecutionOwner(row.getString(1), row.getLong(2),
						Instant.ofEpochMilli(row.getLong(3)), Instant.ofEpochMilli(row.getLong(4))),
				executionId);
		return owners.stream().findFirst();
	}

	void forget(long executionId) {
		this.jdbc.update("DELETE FROM NIGHTSHIFT_EXECUTION_OWNER WHERE JOB_EXECUTION_ID = ?", executionId);
	}

}
