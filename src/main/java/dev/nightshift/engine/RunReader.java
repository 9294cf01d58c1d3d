package dev.nightshift.engine;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads a run written by {@link RunWriter}; key and value buffers are reused per record.
 */
final class RunReader implements AutoCloseable {

	private final Path file;

	private final InputStream in;

	private final byte[] buffer;

	private int position;

	private int limit;

	private byte[] key = new byte[64];

	private int keyLength;

	private byte[] value = new byte[64];

	private int valueLength;

	RunReader(Path file, int bufferSize) throws IOException {
		this.file = file;
		this.in = Files.newInputStream(file);
		this.buffer = new byte[Math.max(bufferSize, 64)];
	}

	Path file() {
		return this.file;
	}

	/** Advances to the next record; false at the end of the run. */
	boolean next() throws IOException {
		if (this.position == this.limit && !refill()) {
			return false;
		}
		this.keyLength = readVarInt();
		if (this.key.length < this.keyLength) {
			this.key = new byte[Math.max(this.keyLength, this.key.length * 2)];
		}
		readFully(this.key, this.keyLength);
		this.valueLength = readVarInt();
		if (this.value.length < this.valueLength) {
			this.value = new byte[Math.max(this.valueLength, this.value.length * 2)];
		}
		readFully(this.value, this.valueLength);
		return true;
	}

	byte[] key() {
		return this.key;
	}

	int keyLength() {
		return this.keyLength;
	}

	byte[] value() {
		return this.value;
	}

	int valueLength() {
		return this.valueLength;
	}

	int compareKey(RunReader other) {
		return Arrays.compareUnsigned(this.key, 0, this.keyLength, other.key, 0, other.keyLength);
	}

	boolean sameKey(byte[] bytes, int length) {
		return Arrays.equals(this.key, 0, this.keyLength, bytes, 0, length);
	}

	private int readVarInt() throws IOException {
		int result = 0;
		for (int shift = 0; shift < 35; shift += 7) {
			if (this.position == this.limit && !refill()) {
				throw new EOFException(this.file + ": run ends inside a record");
			}
			byte b = this.buffer[this.position++];
			result |= (b & 0x7F) << shift;
			if (b >= 0) {
				return result;
			}
		}
		throw new IOException(this.file + ": malformed record length");
	}

	private void readFully(byte[] target, int length) throws IOException {
		int copied = 0;
		while (copied < length) {
			if (this.position == this.limit && !refill()) {
				throw new EOFException(this.file + ": run ends inside a record");
			}
			int count = Math.min(length - copied, this.limit - this.position);
			System.arraycopy(this.buffer, this.position, target, copied, count);
			this.position += count;
			copied += count;
		}
	}

	private boolean refill() throws IOException {
		int read = this.in.read(this.buffer, 0, this.buffer.length);
		if (read <= 0) {
			return false;
		}
		this.position = 0;
		this.limit = read;
		return true;
	}

	@Override
	public void close() throws IOException {
		this.in.close();
	}

}
