package dev.nightshift.engine;

/** A {@link Codec} for longs that also works without boxing; see {@link LongCombiner}. */
public interface LongCodec extends Codec<Long> {

	void encodeLong(long value, ByteSink out);

	long decodeLong(byte[] bytes, int offset, int length);

	@Override
	default void encode(Long value, ByteSink out) {
		encodeLong(value, out);
	}

	@Override
	default Long decode(byte[] bytes, int offset, int length) {
		return decodeLong(bytes, offset, length);
	}

}
