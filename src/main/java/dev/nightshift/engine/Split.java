package dev.nightshift.engine;

import java.nio.file.Path;

/** A byte range of one input file: the unit a map partition reads. */
public record Split(Path file, long start, long length) {

	public long end() {
		return this.start + this.length;
	}

}
