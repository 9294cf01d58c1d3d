package dev.nightshift.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Lines of text as byte slices, without their line terminator ({@code \n} or
 * {@code \r\n}). A split owns the lines that start inside it, as in Hadoop's
 * TextInputFormat, so splits can be cut at any byte and every line is read exactly once.
 */
public final class TextLines implements InputFormat<ByteSlice> {

	static final int MAX_LINE_BYTES = 64 << 20;

	private final int bufferSize;

	public TextLines() {
		this(1 << 20);
	}

	public TextLines(int bufferSize) {
		this.bufferSize = bufferSize;
	}

	@Override
	public RecordReader<ByteSlice> open(Split split) throws IOException {
		return new Reader(split, this.bufferSize);
	}

	private static final class Reader implements RecordReader<ByteSlice> {

		private final Split split;

		private final FileChannel channel;

		private final ByteSlice line = new ByteSlice();

		private byte[] buffer;

		/** File offset of buffer[0]. */
		private long bufferStart;

		private int position;

		private int limit;

		private boolean endOfFile;

		Reader(Split split, int bufferSize) throws IOException {
			this.split = split;
			this.channel = FileChannel.open(split.file(), StandardOpenOption.READ);
			this.buffer = new byte[bufferSize];
			if (split.start() > 0) {
				this.channel.position(split.start() - 1);
				this.bufferStart = split.start() - 1;
				skipPartialLine();
			}
			else {
				this.bufferStart = 0;
			}
		}

		private void skipPartialLine() throws IOException {
			while (true) {
				int newline = indexOfNewline(this.position, this.limit);
				if (newline >= 0) {
					this.position = newline + 1;
					return;
				}
				this.position = this.limit;
				if (!fill()) {
					return;
				}
			}
		}

		@Override
		public boolean next() throws IOException {
			if (this.bufferStart + this.position >= this.split.end()) {
				return false;
			}
			int from = this.position;
			int newline = indexOfNewline(from, this.limit);
			while (newline < 0) {
				int scanned = this.limit - this.position;
				if (!fill()) {
					if (this.position == this.limit) {
						return false;
					}
					setLine(this.position, this.limit);
					this.position = this.limit;
					return true;
				}
				newline = indexOfNewline(this.position + scanned, this.limit);
			}
			setLine(this.position, newline);
			this.position = newline + 1;
			return true;
		}

		private void setLine(int from, int to) {
			int end = (to > from && this.buffer[to - 1] == '\r') ? to - 1 : to;
			this.line.set(this.buffer, from, end - from);
		}

		private int indexOfNewline(int from, int to) {
			byte[] bytes = this.buffer;
			for (int i = from; i < to; i++) {
				if (bytes[i] == '\n') {
					return i;
				}
			}
			return -1;
		}

		/**
		 * Moves the unread bytes to the front, grows if they fill the buffer, and reads
		 * more.
		 */
		private boolean fill() throws IOException {
			if (this.endOfFile) {
				return false;
			}
			if (this.position > 0) {
				System.arraycopy(this.buffer, this.position, this.buffer, 0, this.limit - this.position);
				this.bufferStart += this.position;
				this.limit -= this.position;
				this.position = 0;
			}
			if (this.limit == this.buffer.length) {
				if (this.buffer.length >= MAX_LINE_BYTES) {
					throw new UncheckedIOException(new IOException("%s: the line at byte %d is longer than %d MiB"
						.formatted(this.split.file(), this.bufferStart, MAX_LINE_BYTES >> 20)));
				}
				this.buffer = Arrays.copyOf(this.buffer, this.buffer.length * 2);
			}
			int read = this.channel.read(ByteBuffer.wrap(this.buffer, this.limit, this.buffer.length - this.limit));
			if (read < 0) {
				this.endOfFile = true;
				return false;
			}
			this.limit += read;
			return true;
		}

		@Override
		public ByteSlice current() {
			return this.line;
		}

		@Override
		public long bytesRead() {
			return Math.max(0, Math.min(this.bufferStart + this.position, this.split.end()) - this.split.start());
		}

		@Override
		public void close() throws IOException {
			this.channel.close();
		}

	}

}
