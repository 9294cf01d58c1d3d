package dev.nightshift.jobs.skills;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The records of a CSV byte stream, one at a time, each as a range of a read buffer with
 * its file offset and first line (blank lines are records too). A record longer than
 * {@link #MAX_RECORD_BYTES}, which mostly means a quoted field left open, is
 * {@link #oversized}: its bytes are skipped, not kept, so memory stays bounded.
 */
final class CsvRecords {

	static final int MAX_RECORD_BYTES = 64 << 20;

	private final InputStream in;

	private final long firstLine;

	private final CsvRecordScanner scanner = new CsvRecordScanner();

	private byte[] buffer;

	/** File offset of buffer[0]. */
	private long bufferStart;

	private int position;

	private int limit;

	private boolean endOfStream;

	private int from;

	private int to;

	private long recordStart;

	private long recordLine;

	private boolean oversized;

	/** Where the bytes {@link #fill} read begin: the scan goes on from there. */
	private int unscanned;

	/**
	 * @param in the stream, from a record start
	 * @param offset the file offset of its first byte
	 * @param firstLine the line it starts on
	 */
	CsvRecords(InputStream in, long offset, long firstLine, int bufferSize) {
		this.in = in;
		this.bufferStart = offset;
		this.firstLine = firstLine;
		this.buffer = new byte[bufferSize];
	}

	/** Moves to the next record; false at the end of the stream. */
	boolean next() throws IOException {
		this.recordStart = this.bufferStart + this.position;
		this.recordLine = this.firstLine + this.scanner.lineFeeds();
		this.oversized = false;
		int scanned = this.position;
		int end;
		while ((end = this.scanner.scan(this.buffer, scanned, this.limit)) < 0) {
			if (!fill()) {
				if (this.position == this.limit && !this.oversized) {
					return false;
				}
				end = this.limit;
				break;
			}
			scanned = this.unscanned;
		}
		this.from = this.position;
		this.to = end;
		this.position = end;
		return true;
	}

	byte[] bytes() {
		return this.buffer;
	}

	int from() {
		return this.from;
	}

	/** Past the record's line feed, if it has one. */
	int to() {
		return this.to;
	}

	long start() {
		return this.recordStart;
	}

	/** File offset just past the record. */
	long end() {
		return this.bufferStart + this.to;
	}

	long line() {
		return this.recordLine;
	}

	/** The record was longer than the limit; its bytes are not at hand. */
	boolean oversized() {
		return this.oversized;
	}

	/**
	 * Line feeds before the current position: the line of the next record is one more.
	 */
	long lineFeeds() {
		return this.scanner.lineFeeds();
	}

	/**
	 * Keeps the current record's bytes at the front, grows the buffer while they fill it
	 * (dropping them once past the limit) and reads more.
	 */
	private boolean fill() throws IOException {
		if (this.endOfStream) {
			return false;
		}
		if (this.position > 0) {
			System.arraycopy(this.buffer, this.position, this.buffer, 0, this.limit - this.position);
			this.bufferStart += this.position;
			this.limit -= this.position;
			this.position = 0;
		}
		if (this.limit == this.buffer.length) {
			if (this.buffer.length >= MAX_RECORD_BYTES) {
				this.oversized = true;
				this.bufferStart += this.limit;
				this.limit = 0;
			}
			else {
				this.buffer = Arrays.copyOf(this.buffer, this.buffer.length * 2);
			}
		}
		this.unscanned = this.limit;
		int read = this.in.read(this.buffer, this.limit, this.buffer.length - this.limit);
		if (read <= 0) {
			this.endOfStream = true;
			return false;
		}
		this.limit += read;
		return true;
	}

}
