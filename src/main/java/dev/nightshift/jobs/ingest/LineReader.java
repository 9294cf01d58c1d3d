package dev.nightshift.jobs.ingest;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Arrays;
import java.util.zip.ZipException;

/**
 * The lines of a stream as slices of one reused buffer: {@link #buffer()} from
 * {@link #start()} to {@link #end()}, without the line break ({@code \n} or
 * {@code \r\n}).
 */
final class LineReader {

	private final InputStream in;

	private byte[] buffer = new byte[1 << 16];

	/** Bytes of {@link #buffer} holding data read and not yet returned. */
	private int position;

	private int limit;

	private int start;

	private int end;

	private long number;

	private boolean eof;

	/** See {@link #bufferedEnd()}: set as the buffer is filled. */
	private int wholeLinesEnd;

	private IOException damage;

	LineReader(InputStream in) {
		this.in = in;
	}

	/** Moves to the next line; false at the end of the stream. */
	boolean next() throws IOException {
		while (true) {
			for (int i = this.position; i < this.limit; i++) {
				if (this.buffer[i] == '\n') {
					take(i, i + 1);
					return true;
				}
			}
			if (this.eof) {
				if (this.damage != null) {
					this.position = this.limit;
					IOException damage = this.damage;
					this.damage = null;
					throw damage;
				}
				if (this.position < this.limit) {
					take(this.limit, this.limit);
					return true;
				}
				return false;
			}
			fill();
		}
	}

	/**
	 * Where the whole lines in the buffer end: after the last line break, or at the end
	 * of an undamaged stream. The buffer keeps its content up to there until
	 * {@link #next()} passes it.
	 */
	int bufferedEnd() {
		return Math.max(this.position, this.wholeLinesEnd);
	}

	/** Whether {@link #next()} has a line to give without reading more. */
	boolean hasBufferedLine() {
		return this.position < this.wholeLinesEnd;
	}

	byte[] buffer() {
		return this.buffer;
	}

	int start() {
		return this.start;
	}

	int end() {
		return this.end;
	}

	/** The rest of the stream from the start of the current line. */
	InputStream fromCurrentLine() {
		return new SequenceInputStream(new ByteArrayInputStream(this.buffer, this.start, this.limit - this.start),
				this.in);
	}

	/** 1-based number of the current line. */
	long number() {
		return this.number;
	}

	private void take(int lineEnd, int next) {
		this.start = this.position;
		this.end = (lineEnd > this.start && this.buffer[lineEnd - 1] == '\r') ? lineEnd - 1 : lineEnd;
		this.position = next;
		this.number++;
	}

	/**
	 * Keeps the unfinished line at the front and reads more behind it, growing for long
	 * lines.
	 */
	private void fill() throws IOException {
		int pending = this.limit - this.position;
		if (this.position > 0) {
			System.arraycopy(this.buffer, this.position, this.buffer, 0, pending);
		}
		else if (pending == this.buffer.length) {
			this.buffer = Arrays.copyOf(this.buffer, this.buffer.length * 2);
		}
		this.position = 0;
		this.limit = pending;
		try {
			int count = this.in.read(this.buffer, this.limit, this.buffer.length - this.limit);
			if (count < 0) {
				this.eof = true;
			}
			else {
				this.limit += count;
			}
		}
		catch (EOFException | ZipException ex) {
			this.damage = ex;
			this.eof = true;
		}
		this.wholeLinesEnd = (this.eof && this.damage == null) ? this.limit : lastLineBreak() + 1;
	}

	private int lastLineBreak() {
		int i = this.limit - 1;
		while (i >= 0 && this.buffer[i] != '\n') {
			i--;
		}
		return i;
	}

}
