package dev.nightshift.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import io.jhdf.api.Attribute;
import io.jhdf.api.WritableAttributeImpl;
import io.jhdf.api.WritableNode;
import io.jhdf.object.datatype.DataType;
import io.jhdf.object.datatype.StringData;

/**
 * A scalar string attribute whose HDF5 size is the exact UTF-8 byte length, as PyTables
 * writes them. jHDF 0.13.0's {@code putAttribute(name, "frame")} counts the terminating
 * NUL in the size; PyTables then reads {@code 'frame\x00'} and pandas fails with "cannot
 * properly create the storer". No public jHDF call writes the exact size, so this leans
 * on two internals of 0.13.0 (hence the pinned version and the pandas round-trip test): a
 * node's attribute map is mutable, and the attribute message is built from
 * {@link Attribute#getDataType()} and {@link DataType#encodeData(Object)}.
 */
final class ExactStringAttribute extends WritableAttributeImpl {

	private final ExactStringType type;

	private ExactStringAttribute(String name, WritableNode node, String value, int characterSet) {
		super(name, node, value);
		this.type = new ExactStringType(value.getBytes(StandardCharsets.UTF_8).length, characterSet);
	}

	/** Puts {@code name = value} on the node, replacing any attribute of that name. */
	static void put(WritableNode node, String name, String value) {
		put(node, name, value, ExactStringType.NULL_TERMINATED_UTF8);
	}

	/**
	 * The same typed ASCII, which PyTables takes for a pickle when it ends with a dot:
	 * {@code "N."} is how it stores {@code None}.
	 */
	static void putAscii(WritableNode node, String name, String value) {
		put(node, name, value, ExactStringType.NULL_TERMINATED_ASCII);
	}

	private static void put(WritableNode node, String name, String value, int characterSet) {
		if (value.isEmpty()) {
			throw new IllegalArgumentException("HDF5 has no zero-size strings; attribute " + name + " is empty");
		}
		node.getAttributes().put(name, new ExactStringAttribute(name, node, value, characterSet));
	}

	@Override
	public DataType getDataType() {
		return this.type;
	}

	@Override
	public long getSizeInBytes() {
		return this.type.getSize();
	}

	@Override
	public ByteBuffer getBuffer() {
		return this.type.encodeData(getData());
	}

	/**
	 * Null-terminated UTF-8 strings of a fixed size, written without the NUL when they
	 * fill it.
	 */
	private static final class ExactStringType extends StringData {

		private static final int STRING_CLASS_VERSION_1 = 0x10 | CLASS_ID;

		private static final int NULL_TERMINATED_UTF8 = 0x10;

		private static final int NULL_TERMINATED_ASCII = 0x00;

		/** The datatype message as HDF5 stores it; jHDF's own writes UTF-8 always. */
		private final byte[] message;

		ExactStringType(int size, int characterSet) {
			this(ByteBuffer.allocate(8)
				.order(ByteOrder.LITTLE_ENDIAN)
				.put((byte) STRING_CLASS_VERSION_1)
				.put(new byte[] { (byte) characterSet, 0, 0 })
				.putInt(size)
				.array());
		}

		private ExactStringType(byte[] message) {
			super(ByteBuffer.wrap(message).order(ByteOrder.LITTLE_ENDIAN));
			this.message = message;
		}

		@Override
		public ByteBuffer toBuffer() {
			return ByteBuffer.wrap(this.message.clone()).order(ByteOrder.LITTLE_ENDIAN);
		}

		@Override
		public ByteBuffer encodeData(Object data) {
			return ByteBuffer.wrap(((String) data).getBytes(StandardCharsets.UTF_8));
		}

	}

}
