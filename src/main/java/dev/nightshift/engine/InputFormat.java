package dev.nightshift.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads records out of a {@link Split}. A format whose records cannot be found from an
 * arbitrary byte offset (compressed files, say) answers {@code false} to
 * {@link #splittable} and gets one split per file; one whose record boundaries depend on
 * what came before (quoted fields with line breaks) cuts its own splits in
 * {@link #split}.
 */
public interface InputFormat<I> {

	RecordReader<I> open(Split split) throws IOException;

	/**
	 * Opens a split whose unreadable records go to {@code rejects}, each with its line
	 * and why, instead of failing the partition. The default rejects nothing and reads as
	 * {@link #open(Split)} does.
	 */
	default RecordReader<I> open(Split split, Rejects rejects) throws IOException {
		return open(split);
	}

	default boolean splittable(Path file) {
		return true;
	}

	/**
	 * Cuts one file of {@code size} bytes into splits of about {@code splitSize} bytes,
	 * which together cover it, in order. The default cuts plain byte ranges (a reader
	 * finds its first record from any offset, as {@link TextLines} does), or one split
	 * for a file that is not {@link #splittable}, and none for an empty file. Called once
	 * per file by the split step, whose plan then holds for every restart.
	 */
	default List<Split> split(Path file, long size, long splitSize) throws IOException {
		List<Split> splits = new ArrayList<>();
		if (size == 0) {
			return splits;
		}
		if (!splittable(file)) {
			splits.add(new Split(file, 0, size));
			return splits;
		}
		for (long start = 0; start < size; start += splitSize) {
			splits.add(new Split(file, start, Math.min(splitSize, size - start)));
		}
		return splits;
	}

}
