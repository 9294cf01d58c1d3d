package dev.nightshift.ops;

import org.springframework.batch.core.BatchStatus;

/** The process exit codes of DESIGN §3, in one place. */
public final class ExitCodes {

	public static final int COMPLETED = 0;

	public static final int FAILED = 1;

	public static final int USAGE = 2;

	public static final int REFUSED = 3;

	private ExitCodes() {
	}

	/**
	 * Spring Batch does not derive the process exit code from the job when the
	 * JobOperator is called directly.
	 */
	public static int of(BatchStatus status) {
		return (status == BatchStatus.COMPLETED) ? COMPLETED : FAILED;
	}

}
