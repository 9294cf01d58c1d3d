package dev.nightshift.engine;

import java.util.Objects;
import java.util.function.Function;

/**
 * Everything the engine needs to know about one MapReduce job;
 * {@link MapReduceJobFactory} makes the Spring Batch job from it. Mapper and reducer come
 * from factories that get the launch's {@link Parameters}, so a job reads its options
 * once, typed, per partition.
 *
 * <pre>{@code
 * MapReduceJob<ByteSlice, ByteSlice, Long, KeyCount> job = MapReduceJob
 *     .<ByteSlice, ByteSlice, Long, KeyCount>builder("wordcount")
 *     .input(new TextLines())
 *     .mapper(parameters -> new WordMapper(parameters.bool("lowercase", false)))
 *     .combiner(LongCombiner.SUM)
 *     .reducer(parameters -> CountsTsv.sum())
 *     .codecs(Codecs.bytes(), Codecs.varLong())
 *     .output(new CountsTsv())
 *     .build();
 * }</pre>
 */
public record MapReduceJob<I, K, V, O>(String name, InputFormat<I> input, Function<Parameters, Mapper<I, K, V>> mapper,
		Combiner<V> combiner, Function<Parameters, Reducer<K, V, O>> reducer, Codec<K> keyCodec, Codec<V> valueCodec,
		OutputFormat<O> output) {

	public MapReduceJob {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(input, "input");
		Objects.requireNonNull(mapper, "mapper");
		Objects.requireNonNull(reducer, "reducer");
		Objects.requireNonNull(keyCodec, "keyCodec");
		Objects.requireNonNull(valueCodec, "valueCodec");
		Objects.requireNonNull(output, "output");
	}

	public static <I, K, V, O> Builder<I, K, V, O> builder(String name) {
		return new Builder<>(name);
	}

	public MapReduceJob<I, K, V, O> withMapper(Function<Parameters, Mapper<I, K, V>> mapper) {
		return new MapReduceJob<>(this.name, this.input, mapper, this.combiner, this.reducer, this.keyCodec,
				this.valueCodec, this.output);
	}

	public MapReduceJob<I, K, V, O> withReducer(Function<Parameters, Reducer<K, V, O>> reducer) {
		return new MapReduceJob<>(this.name, this.input, this.mapper, this.combiner, reducer, this.keyCodec,
				this.valueCodec, this.output);
	}

	public static final class Builder<I, K, V, O> {

		private final String name;

		private InputFormat<I> input;

		private Function<Parameters, Mapper<I, K, V>> mapper;

		private Combiner<V> combiner;

		private Function<Parameters, Reducer<K, V, O>> reducer;

		private Codec<K> keyCodec;

		private Codec<V> valueCodec;

		private OutputFormat<O> output;

		private Builder(String name) {
			this.name = name;
		}

		public Builder<I, K, V, O> input(InputFormat<I> input) {
			this.input = input;
			return this;
		}

		public Builder<I, K, V, O> mapper(Function<Parameters, Mapper<I, K, V>> mapper) {
			this.mapper = mapper;
			return this;
		}

		public Builder<I, K, V, O> combiner(Combiner<V> combiner) {
			this.combiner = combiner;
			return this;
		}

		public Builder<I, K, V, O> reducer(Function<Parameters, Reducer<K, V, O>> reducer) {
			this.reducer = reducer;
			return this;
		}

		public Builder<I, K, V, O> codecs(Codec<K> keyCodec, Codec<V> valueCodec) {
			this.keyCodec = keyCodec;
			this.valueCodec = valueCodec;
			return this;
		}

		public Builder<I, K, V, O> output(OutputFormat<O> output) {
			this.output = output;
			return this;
		}

		public MapReduceJob<I, K, V, O> build() {
			return new MapReduceJob<>(this.name, this.input, this.mapper, this.combiner, this.reducer, this.keyCodec,
					this.valueCodec, this.output);
		}

	}

}
