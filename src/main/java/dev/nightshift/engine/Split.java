package dev.nightshift.engine;

import java.nio.file.Path;

/**
 * A byte range of one input file: the unit a map partition reads. {@code firstLine} is
 * the 1-based line number at {@code start} when it is known (1 at the start of a file, or
 * what a format that cuts its own splits counted, see {@link InputFormat#split}), so a
 * reader can name the line of a record it rejects; 0 when unknown.
 */
public record Split(Path file, long start, long length, long firstLine) {

	public Split(Path file, long start, long length) {
		this(file, start, length, (start == 0) ? 1 : 0);
	}

	public long end() {
		return this.start + this.length;
	}

}
