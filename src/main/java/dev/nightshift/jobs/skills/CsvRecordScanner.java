package dev.nightshift.jobs.skills;

/**
 * Finds where CSV records end, reading bytes as RFC 4180 and Jackson's CSV parser do: a
 * line feed ends a record unless it is inside a quoted field; a quote opens a quoted
 * field only at the start of a field ({@code 5" screen} is text), and two quotes inside
 * one stand for a quote. Both the split step (cutting the file at record starts) and the
 * readers use it, from a record start, so they agree on every boundary. It also counts
 * line feeds, for the line numbers of rejected records.
 */
final class CsvRecordScanner {

	private static final int FIELD_START = 0;

	private static final int UNQUOTED = 1;

	private static final int QUOTED = 2;

	/** A quote inside a quoted field: its end, or the first of two. */
	private static final int QUOTE_IN_QUOTED = 3;

	private int state = FIELD_START;

	private long lineFeeds;

	/**
	 * Scans {@code bytes[from, to)}, going on from where the last call stopped, and
	 * returns the index just past the line feed that ends the record, or -1 when the
	 * record goes on past {@code to}.
	 */
	int scan(byte[] bytes, int from, int to) {
		int state = this.state;
		for (int i = from; i < to; i++) {
			byte b = bytes[i];
			if (state == QUOTED) {
				if (b == '"') {
					state = QUOTE_IN_QUOTED;
				}
				else if (b == '\n') {
					this.lineFeeds++;
				}
				continue;
			}
			if (b == '"' && (state == FIELD_START || state == QUOTE_IN_QUOTED)) {
				state = QUOTED;
			}
			else if (b == ',') {
				state = FIELD_START;
			}
			else if (b == '\n') {
				this.lineFeeds++;
				this.state = FIELD_START;
				return i + 1;
			}
			else {
				state = UNQUOTED;
			}
		}
		this.state = state;
		return -1;
	}

	/** Line feeds scanned so far, inside quoted fields too. */
	long lineFeeds() {
		return this.lineFeeds;
	}

	/** Whether the bytes scanned since the last record end left a quoted field open. */
	boolean inQuotes() {
		return this.state == QUOTED;
	}

}
