package dev.nightshift.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;

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

		private final ReadBuffer in;

		private final ByteSlice line = new ByteSlice();

		Reader(Split split, int bufferSize) throws IOException {
			this.split = split;
			long from = Math.max(0, split.start() - 1);
			FileChannel channel = FileChannel.open(split.file(), StandardOpenOption.READ);
			channel.position(from);
			this.in = new ReadBuffer(Channels.newInputStream(channel), from, bufferSize, MAX_LINE_BYTES);
			if (split.start() > 0) {
				skipPartialLine();
			}
		}

		private void skipPartialLine() throws IOException {
			int newline;
			while ((newline = indexOfNewline(this.in.position(), this.in.limit())) < 0) {
				this.in.consume(this.in.limit());
				if (this.in.fill() < 0) {
					return;
				}
			}
			this.in.consume(newline + 1);
		}

		@Override
		public boolean next() throws IOException {
			if (this.in.offset(this.in.position()) >= this.split.end()) {
				return false;
			}
			int newline = indexOfNewline(this.in.position(), this.in.limit());
			while (newline < 0) {
				if (this.in.full()) {
					throw new UncheckedIOException(new IOException("%s: the line at byte %d is longer than %d MiB"
						.formatted(this.split.file(), this.in.offset(this.in.position()), MAX_LINE_BYTES >> 20)));
				}
				int from = this.in.fill();
				if (from < 0) {
					if (this.in.position() == this.in.limit()) {
						return false;
					}
					setLine(this.in.position(), this.in.limit());
					this.in.consume(this.in.limit());
					return true;
				}
				newline = indexOfNewline(from, this.in.limit());
			}
			setLine(this.in.position(), newline);
			this.in.consume(newline + 1);
			return true;
		}

		private void setLine(int from, int to) {
			byte[] bytes = this.in.bytes();
			int end = (to > from && bytes[to - 1] == '\r') ? to - 1 : to;
			this.line.set(bytes, from, end - from);
		}

		private int indexOfNewline(int from, int to) {
			byte[] bytes = this.in.bytes();
			for (int i = from; i < to; i++) {
				if (bytes[i] == '\n') {
					return i;
				}
			}
			return -1;
		}

		@Override
		public ByteSlice current() {
			return this.line;
		}

		@Override
		public long bytesRead() {
			return Math.max(0, Math.min(this.in.offset(this.in.position()), this.split.end()) - this.split.start());
		}

		@Override
		public void close() throws IOException {
			this.in.close();
		}

	}

}
