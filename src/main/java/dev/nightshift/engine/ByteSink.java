package dev.nightshift.engine;

import java.util.Arrays;

/** A growable byte buffer that codecs and formats write into; reused, never shrunk. */
public final class ByteSink {

	private byte[] bytes;

	private int length;

	public ByteSink() {
		this(64);
	}

	public ByteSink(int capacity) {
		this.bytes = new byte[capacity];
	}

	public ByteSink write(int b) {
		ensure(1);
		this.bytes[this.length++] = (byte) b;
		return this;
	}

	public ByteSink write(byte[] source, int offset, int count) {
		ensure(count);
		System.arraycopy(source, offset, this.bytes, this.length, count);
		this.length += count;
		return this;
	}

	public ByteSink write(byte[] source) {
		return write(source, 0, source.length);
	}

	/** Writes the decimal digits of {@code value} in ASCII. */
	public ByteSink writeDecimal(long value) {
		if (value == Long.MIN_VALUE) {
			return writeAscii(Long.toString(value));
		}
		if (value < 0) {
			write('-');
			value = -value;
		}
		int digits = 1;
		for (long rest = value / 10; rest > 0; rest /= 10) {
			digits++;
		}
		ensure(digits);
		for (int i = this.length + digits - 1; i >= this.length; i--) {
			this.bytes[i] = (byte) ('0' + value % 10);
			value /= 10;
		}
		this.length += digits;
		return this;
	}

	public ByteSink writeAscii(String text) {
		ensure(text.length());
		for (int i = 0; i < text.length(); i++) {
			this.bytes[this.length++] = (byte) text.charAt(i);
		}
		return this;
	}

	/**
	 * Writes eight bytes, most significant first: longs then sort as unsigned bytes do.
	 */
	public ByteSink writeLongBigEndian(long value) {
		ensure(8);
		for (int shift = 56; shift >= 0; shift -= 8) {
			this.bytes[this.length++] = (byte) (value >>> shift);
		}
		return this;
	}

	/** Unsigned LEB128. */
	public ByteSink writeVarLong(long value) {
		ensure(10);
		while ((value & ~0x7FL) != 0) {
			this.bytes[this.length++] = (byte) ((value & 0x7F) | 0x80);
			value >>>= 7;
		}
		this.bytes[this.length++] = (byte) value;
		return this;
	}

	public byte[] array() {
		return this.bytes;
	}

	public int length() {
		return this.length;
	}

	public ByteSink reset() {
		this.length = 0;
		return this;
	}

	public byte[] toByteArray() {
		return Arrays.copyOf(this.bytes, this.length);
	}

	private void ensure(int extra) {
		if (this.length + extra > this.bytes.length) {
			this.bytes = Arrays.copyOf(this.bytes, Math.max(this.bytes.length * 2, this.length + extra));
		}
	}

}
