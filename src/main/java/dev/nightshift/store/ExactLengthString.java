package dev.nightshift.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import io.jhdf.object.datatype.DataType;
import io.jhdf.storage.HdfBackingStorage;

/**
 * A fixed-length, null-padded UTF-8 string type exactly as long as its value. jHDF's own
 * string attributes count a terminating NUL in their size, which PyTables returns as part
 * of the value ({@code 'frame\x00'}), and pandas then fails to recognise its own layout.
 * For writing attributes only; leans on jHDF 0.13's {@link DataType} (pinned in the pom).
 */
final class ExactLengthString extends DataType {

	private static final int STRING_CLASS = 3;

	private static final int NULL_PADDED = 1;

	private static final int UTF_8 = 1;

	private final byte[] bytes;

	ExactLengthString(String value) {
		this(value.getBytes(StandardCharsets.UTF_8));
	}

	private ExactLengthString(byte[] bytes) {
		super(STRING_CLASS, Math.max(1, bytes.length));
		this.bytes = bytes;
		this.classBits.set(0, (NULL_PADDED & 1) != 0);
		this.classBits.set(4, (UTF_8 & 1) != 0);
	}

	@Override
	public Class<?> getJavaType() {
		return String.class;
	}

	@Override
	public Object fillData(ByteBuffer buffer, int[] dimensions, HdfBackingStorage storage) {
		throw new UnsupportedOperationException("write-only string type");
	}

	@Override
	public ByteBuffer encodeData(Object data) {
		return ByteBuffer.wrap((this.bytes.length > 0) ? this.bytes : new byte[1]);
	}

	@Override
	public ByteBuffer toBuffer() {
		return toBufferBuilder().build();
	}

}
