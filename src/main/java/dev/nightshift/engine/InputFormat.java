package dev.nightshift.engine;

import java.io.IOException;

/**
 * Reads records out of a {@link Split}. A format whose records cannot be found from an
 * arbitrary byte offset (compressed files, say) answers {@code false} to
 * {@link #splittable} and gets one split per file.
 */
public interface InputFormat<I> {

	RecordReader<I> open(Split split) throws IOException;

	default boolean splittable(java.nio.file.Path file) {
		return true;
	}

}
