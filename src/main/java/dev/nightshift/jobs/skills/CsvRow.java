package dev.nightshift.jobs.skills;

import java.util.Arrays;
import java.util.List;

/**
 * One record of a CSV file with its header, as a reader hands it out: the reader reuses
 * it for the next record, so keep the values, not the row.
 */
final class CsvRow {

	private final List<String> header;

	private String[] values = new String[16];

	private int size;

	private long line;

	CsvRow(List<String> header) {
		this.header = header;
	}

	/** The column names from the file's first record. */
	List<String> header() {
		return this.header;
	}

	/** The value of column {@code index}, or null when the record is shorter. */
	String get(int index) {
		return (index < this.size) ? this.values[index] : null;
	}

	int size() {
		return this.size;
	}

	/** The line the record starts on, 1-based; the header is on line 1. */
	long line() {
		return this.line;
	}

	void clear(long line) {
		this.size = 0;
		this.line = line;
	}

	void add(String value) {
		if (this.size == this.values.length) {
			this.values = Arrays.copyOf(this.values, this.size * 2);
		}
		this.values[this.size++] = value;
	}

	@Override
	public String toString() {
		return "line " + this.line + ": " + Arrays.asList(this.values).subList(0, this.size);
	}

}
