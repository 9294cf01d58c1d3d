package dev.nightshift.engine;

/**
 * Applies a job's {@link Combiner} to encoded values: decode, combine, encode. Stateful
 * (one accumulated value), so each spill or merge makes its own with {@link #fresh()}.
 */
abstract class ValueMerger {

	abstract void start(byte[] bytes, int offset, int length);

	abstract void add(byte[] bytes, int offset, int length);

	abstract void writeTo(ByteSink out);

	abstract ValueMerger fresh();

	/** The merger for a job's combiner, or null when it has none. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	static ValueMerger of(Combiner<?> combiner, Codec<?> codec) {
		if (combiner == null) {
			return null;
		}
		if (combiner instanceof LongCombiner longs && codec instanceof LongCodec longCodec) {
			return new Longs(longs, longCodec);
		}
		return new Objects(combiner, codec);
	}

	static final class Longs extends ValueMerger {

		private final LongCombiner combiner;

		private final LongCodec codec;

		private long value;

		Longs(LongCombiner combiner, LongCodec codec) {
			this.combiner = combiner;
			this.codec = codec;
		}

		@Override
		void start(byte[] bytes, int offset, int length) {
			this.value = this.codec.decodeLong(bytes, offset, length);
		}

		@Override
		void add(byte[] bytes, int offset, int length) {
			this.value = this.combiner.combineLongs(this.value, this.codec.decodeLong(bytes, offset, length));
		}

		@Override
		void writeTo(ByteSink out) {
			this.codec.encodeLong(this.value, out);
		}

		@Override
		ValueMerger fresh() {
			return new Longs(this.combiner, this.codec);
		}

	}

	static final class Objects<V> extends ValueMerger {

		private final Combiner<V> combiner;

		private final Codec<V> codec;

		private V value;

		Objects(Combiner<V> combiner, Codec<V> codec) {
			this.combiner = combiner;
			this.codec = codec;
		}

		@Override
		void start(byte[] bytes, int offset, int length) {
			this.value = this.codec.decode(bytes, offset, length);
		}

		@Override
		void add(byte[] bytes, int offset, int length) {
			this.value = this.combiner.combine(this.value, this.codec.decode(bytes, offset, length));
		}

		@Override
		void writeTo(ByteSink out) {
			this.codec.encode(this.value, out);
		}

		@Override
		ValueMerger fresh() {
			return new Objects<>(this.combiner, this.codec);
		}

	}

}
