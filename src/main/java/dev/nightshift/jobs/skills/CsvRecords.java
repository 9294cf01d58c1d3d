package dev.nightshift.jobs.skills;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

import dev.nightshift.engine.ReadBuffer;

/**
 * The records of a CSV byte stream, one at a time, each as a range of a read buffer with
 * its file offset and first line (blank lines are records too). A record longer than
 * {@link #MAX_RECORD_BYTES}, which mostly means a quoted field left open, is
 * {@link #oversized}: its bytes are skipped, not kept, so memory stays bounded.
 */
final class CsvRecords implements Closeable {

	static final int MAX_RECORD_BYTES = 64 << 20;

	private final ReadBuffer in;

	private final long firstLine;

	private final CsvRecordScanner scanner = new CsvRecordScanner();

	private int from;

	private int to;

	private long recordStart;

	private long recordEnd;

	private long recordLine;

	private boolean oversized;

	/**
	 * @param in the stream, from a record start
	 * @param offset the file offset of its first byte
	 * @param firstLine the line it starts on
	 */
	CsvRecords(InputStream in, long offset, long firstLine, int bufferSize) {
		this(in, offset, firstLine, bufferSize, MAX_RECORD_BYTES);
	}

	CsvRecords(InputStream in, long offset, long firstLine, int bufferSize, int maxRecordBytes) {
		this.in = new ReadBuffer(in, offset, bufferSize, maxRecordBytes);
		this.firstLine = firstLine;
	}

	/** Moves to the next record; false at the end of the stream. */
	boolean next() throws IOException {
		this.recordStart = this.in.offset(this.in.position());
		this.recordLine = this.firstLine + this.scanner.lineFeeds();
		this.oversized = false;
		int scanned = this.in.position();
		int end;
		while ((end = this.scanner.scan(this.in.bytes(), scanned, this.in.limit())) < 0) {
			if (this.in.full()) {
				this.oversized = true;
				this.in.discard();
			}
			scanned = this.in.fill();
			if (scanned < 0) {
				if (this.in.position() == this.in.limit() && !this.oversized) {
					return false;
				}
				end = this.in.limit();
				break;
			}
		}
		this.from = this.in.position();
		this.to = end;
		this.recordEnd = this.in.offset(end);
		this.in.consume(end);
		return true;
	}

	byte[] bytes() {
		return this.in.bytes();
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
		return this.recordEnd;
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

	@Override
	public void close() throws IOException {
		this.in.close();
	}

}
