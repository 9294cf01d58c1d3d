package dev.nightshift.jobs.ingest;

/** Where a file's rejected records go, with the line they were on and why. */
interface RejectSink {

	/**
	 * @param bytes the record as read, or null when they are not at hand (an element of a
	 * JSON array, a file-level problem)
	 */
	void reject(long line, String reason, byte[] bytes, int offset, int length);

}
