package dev.nightshift.jobs.ingest;

import java.nio.file.Path;

/** More records of one file were rejected than the job's skip limit allows. */
class RejectLimitExceededException extends RuntimeException {

	RejectLimitExceededException(Path file, long line, String reason, long rejected, long skipLimit, Path rejects) {
		super("%s line %d: %s (%d record(s) of this file rejected, skip-limit=%d; all in %s)".formatted(file, line,
				reason, rejected, skipLimit, rejects));
	}

}
