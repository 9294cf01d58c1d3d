package dev.nightshift.engine;

/**
 * Where an {@link InputFormat} puts the records it cannot read, instead of failing the
 * partition. The engine writes them, with the file, to {@code <output>/_rejects/} and
 * fails the job once a file has more than the {@code skip-limit} parameter allows (0 when
 * the job has no such parameter), naming the line and the reason.
 *
 * <pre>{@code
 * rejects.reject(17, "3 fields, the header has 2", "a,b,c");
 * }</pre>
 */
@FunctionalInterface
public interface Rejects {

	/** Fails at the first reject: for reading a split outside a job, as in a test. */
	Rejects FAIL = (line, reason, record) -> {
		throw new IllegalArgumentException("line " + line + ": " + reason);
	};

	/**
	 * @param line the 1-based line the record starts on
	 * @param reason why it cannot be read, for a person
	 * @param record its text as read, or null when it is not at hand
	 */
	void reject(long line, String reason, String record);

}
