package dev.nightshift.engine;

import java.io.Closeable;
import java.io.IOException;

/**
 * Reads the records of one split; {@link #current()} may be reused from record to record.
 */
public interface RecordReader<I> extends Closeable {

	boolean next() throws IOException;

	I current();

	/** Bytes of the split consumed so far, for progress. */
	long bytesRead();

}
