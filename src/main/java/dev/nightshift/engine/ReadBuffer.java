package dev.nightshift.engine;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * A sliding window over a byte stream, for the readers of an {@link InputFormat}: the
 * bytes not consumed yet are {@code bytes()[position() .. limit())}, and {@link #fill}
 * keeps them (moved to the front), doubles the buffer while they fill it and reads more
 * after them. So a record is always whole in one array, whatever its length up to
 * {@code maxBytes}, and is never copied out of it.
 *
 * <pre>{@code
 * ReadBuffer in = new ReadBuffer(stream, split.start(), 1 << 20, 64 << 20);
 * int scanned = in.position();
 * int end;
 * while ((end = indexOf('\n', in.bytes(), scanned, in.limit())) < 0) {
 *     if (in.full()) throw new IOException("record at byte " + in.offset(in.position()) + " too long");
 *     if ((scanned = in.fill()) < 0) break;                      // end of stream
 * }
 * }</pre>
 */
public final class ReadBuffer implements Closeable {

	private final InputStream in;

	private final int maxBytes;

	private byte[] bytes;

	/** Stream offset of bytes[0]. */
	private long start;

	private int position;

	private int limit;

	private boolean ended;

	/**
	 * @param offset the offset of the stream's first byte, in the file, for
	 * {@link #offset}
	 */
	public ReadBuffer(InputStream in, long offset, int size, int maxBytes) {
		this.in = in;
		this.start = offset;
		this.bytes = new byte[size];
		this.maxBytes = maxBytes;
	}

	/** The buffer; {@link #fill} may replace it. */
	public byte[] bytes() {
		return this.bytes;
	}

	public int position() {
		return this.position;
	}

	public int limit() {
		return this.limit;
	}

	/** Marks the bytes before {@code index} consumed. */
	public void consume(int index) {
		this.position = index;
	}

	/** The offset in the stream (the file) of {@code bytes()[index]}. */
	public long offset(int index) {
		return this.start + index;
	}

	/** Whether the unconsumed bytes take {@code maxBytes}: a fill would have no room. */
	public boolean full() {
		return this.limit - this.position >= this.maxBytes;
	}

	/**
	 * Reads more after the unconsumed bytes and returns where the new bytes begin, or -1
	 * at the end of the stream.
	 * @throws IllegalStateException when {@link #full}
	 */
	public int fill() throws IOException {
		if (this.ended) {
			return -1;
		}
		if (this.position > 0) {
			System.arraycopy(this.bytes, this.position, this.bytes, 0, this.limit - this.position);
			this.start += this.position;
			this.limit -= this.position;
			this.position = 0;
		}
		if (this.limit == this.bytes.length) {
			if (full()) {
				throw new IllegalStateException("the unconsumed bytes fill " + this.maxBytes + " bytes");
			}
			this.bytes = Arrays.copyOf(this.bytes, (int) Math.min(this.maxBytes, 2L * this.bytes.length));
		}
		int from = this.limit;
		int read = this.in.read(this.bytes, from, this.bytes.length - from);
		if (read < 0) {
			this.ended = true;
			return -1;
		}
		this.limit += read;
		return from;
	}

	/**
	 * Forgets the unconsumed bytes: for a reader that skips a record too long to keep.
	 */
	public void discard() {
		this.start += this.limit;
		this.position = 0;
		this.limit = 0;
	}

	@Override
	public void close() throws IOException {
		this.in.close();
	}

}
