package dev.nightshift.engine;

import java.nio.charset.StandardCharsets;

/** The codecs most jobs need. */
public final class Codecs {

	private static final Codec<ByteSlice> BYTES = new Codec<>() {

		@Override
		public void encode(ByteSlice value, ByteSink out) {
			out.write(value.array(), value.offset(), value.length());
		}

		@Override
		public ByteSlice decode(byte[] bytes, int offset, int length) {
			return new ByteSlice(bytes, offset, length);
		}

	};

	private static final Codec<String> UTF8 = new Codec<>() {

		@Override
		public void encode(String value, ByteSink out) {
			byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
			out.write(bytes, 0, bytes.length);
		}

		@Override
		public String decode(byte[] bytes, int offset, int length) {
			return new String(bytes, offset, length, StandardCharsets.UTF_8);
		}

	};

	private static final LongCodec VAR_LONG = new LongCodec() {

		@Override
		public void encodeLong(long value, ByteSink out) {
			out.writeVarLong((value << 1) ^ (value >> 63));
		}

		@Override
		public long decodeLong(byte[] bytes, int offset, int length) {
			long zigzag = VarInts.readVarLong(bytes, offset);
			return (zigzag >>> 1) ^ -(zigzag & 1);
		}

	};

	private Codecs() {
	}

	/** Raw bytes; decoding gives a view, not a copy. */
	public static Codec<ByteSlice> bytes() {
		return BYTES;
	}

	/** UTF-8 strings; their byte order is their code point order. */
	public static Codec<String> utf8() {
		return UTF8;
	}

	/**
	 * Variable-length longs: small counts take one byte. Not order-preserving: for values
	 * only.
	 */
	public static LongCodec varLong() {
		return VAR_LONG;
	}

}
