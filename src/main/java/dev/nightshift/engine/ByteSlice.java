package dev.nightshift.engine;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A window over a byte array: how records and keys travel through hot loops without a
 * copy. Readers reuse one slice per record, so a slice is valid only until the next
 * record; call {@link #copy()} to keep one. Equality and hashing are by content, and
 * {@link #compareTo} orders unsigned-lexicographically, as the engine orders keys.
 */
public final class ByteSlice implements Comparable<ByteSlice> {

	private byte[] array;

	private int offset;

	private int length;

	public ByteSlice() {
		this(new byte[0], 0, 0);
	}

	public ByteSlice(byte[] array, int offset, int length) {
		set(array, offset, length);
	}

	public static ByteSlice of(String text) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		return new ByteSlice(bytes, 0, bytes.length);
	}

	public ByteSlice set(byte[] array, int offset, int length) {
		this.array = array;
		this.offset = offset;
		this.length = length;
		return this;
	}

	public byte[] array() {
		return this.array;
	}

	public int offset() {
		return this.offset;
	}

	public int length() {
		return this.length;
	}

	public byte byteAt(int index) {
		return this.array[this.offset + index];
	}

	public byte[] toByteArray() {
		return Arrays.copyOfRange(this.array, this.offset, this.offset + this.length);
	}

	public ByteSlice copy() {
		return new ByteSlice(toByteArray(), 0, this.length);
	}

	@Override
	public int compareTo(ByteSlice other) {
		return Arrays.compareUnsigned(this.array, this.offset, this.offset + this.length, other.array, other.offset,
				other.offset + other.length);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ByteSlice slice && Arrays.equals(this.array, this.offset, this.offset + this.length,
				slice.array, slice.offset, slice.offset + slice.length);
	}

	@Override
	public int hashCode() {
		int hash = 1;
		for (int i = this.offset; i < this.offset + this.length; i++) {
			hash = 31 * hash + this.array[i];
		}
		return hash;
	}

	/** The bytes as UTF-8 text; invalid sequences become U+FFFD. */
	@Override
	public String toString() {
		return new String(this.array, this.offset, this.length, StandardCharsets.UTF_8);
	}

}
