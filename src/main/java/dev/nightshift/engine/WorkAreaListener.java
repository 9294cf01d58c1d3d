package dev.nightshift.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * Gives a new instance its work area and deletes it once the instance completes; a failed
 * or stopped instance keeps it, since a restart needs what its completed partitions
 * wrote.
 */
final class WorkAreaListener implements JobExecutionListener {

	private static final Log logger = LogFactory.getLog(WorkAreaListener.class);

	private final Path workRoot;

	WorkAreaListener(Path workRoot) {
		this.workRoot = workRoot;
	}

	@Override
	public void beforeJob(JobExecution execution) {
		if (execution.getExecutionContext().containsKey(WorkArea.CONTEXT_KEY)) {
			return;
		}
		Path root = this.workRoot.resolve(Long.toString(execution.getId())).toAbsolutePath();
		try {
			Files.createDirectories(root);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot create work area " + root, ex);
		}
		execution.getExecutionContext().putString(WorkArea.CONTEXT_KEY, root.toString());
	}

	@Override
	public void afterJob(JobExecution execution) {
		if (execution.getStatus() != BatchStatus.COMPLETED
				|| !execution.getExecutionContext().containsKey(WorkArea.CONTEXT_KEY)) {
			return;
		}
		Path root = WorkArea.of(execution).root();
		try {
			WorkArea.deleteRecursively(root);
		}
		catch (IOException ex) {
			logger.warn("Could not delete work area " + root + " of completed execution " + execution.getId(), ex);
		}
	}

}
