package dev.nightshift.engine;

import java.io.IOException;

/** Where merged key/value records go: a run file, or the job's output. */
interface RecordSink {

	void write(byte[] key, int keyOffset, int keyLength, byte[] value, int valueOffset, int valueLength)
			throws IOException;

}
