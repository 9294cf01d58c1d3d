package dev.nightshift.engine;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a run: a sequence of records
 * {@code varint keyLength, key, varint valueLength, value}, sorted by key bytes by
 * whoever calls it. The format of every intermediate file.
 */
final class RunWriter implements RecordSink, AutoCloseable {

	private final OutputStream out;

	private final byte[] buffer;

	private int used;

	private long records;

	RunWriter(Path file, int bufferSize) throws IOException {
		this.out = Files.newOutputStream(file);
		this.buffer = new byte[Math.max(bufferSize, 64)];
	}

	@Override
	public void write(byte[] key, int keyOffset, int keyLength, byte[] value, int valueOffset, int valueLength)
			throws IOException {
		writeVarInt(keyLength);
		writeBytes(key, keyOffset, keyLength);
		writeVarInt(valueLength);
		writeBytes(value, valueOffset, valueLength);
		this.records++;
	}

	long records() {
		return this.records;
	}

	private void writeVarInt(int value) throws IOException {
		if (this.buffer.length - this.used < 5) {
			flush();
		}
		while ((value & ~0x7F) != 0) {
			this.buffer[this.used++] = (byte) ((value & 0x7F) | 0x80);
			value >>>= 7;
		}
		this.buffer[this.used++] = (byte) value;
	}

	private void writeBytes(byte[] bytes, int offset, int length) throws IOException {
		if (length > this.buffer.length - this.used) {
			flush();
			if (length > this.buffer.length) {
				this.out.write(bytes, offset, length);
				return;
			}
		}
		System.arraycopy(bytes, offset, this.buffer, this.used, length);
		this.used += length;
	}

	private void flush() throws IOException {
		this.out.write(this.buffer, 0, this.used);
		this.used = 0;
	}

	@Override
	public void close() throws IOException {
		try {
			flush();
		}
		finally {
			this.out.close();
		}
	}

}
