package dev.nightshift.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Everything the engine needs to know about one MapReduce job;
 * {@link MapReduceJobFactory} makes the Spring Batch job from it. The mapper comes from a
 * factory called once per map partition with its {@link MapContext} (the launch's
 * {@link Parameters}, the split, side inputs), the reducer from one called with the
 * parameters, so a job reads its options once, typed, per partition.
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
 *
 * @param sideInputs files every map partition reads whole, see {@link SideInput}
 * @param mapShards how many map partitions share each input file, from the parameters;
 * see {@link Builder#mapShards}
 */
public record MapReduceJob<I, K, V, O>(String name, InputFormat<I> input, Function<MapContext, Mapper<I, K, V>> mapper,
		Combiner<V> combiner, Function<Parameters, Reducer<K, V, O>> reducer, Codec<K> keyCodec, Codec<V> valueCodec,
		OutputFormat<O> output, List<SideInput<?>> sideInputs, ToIntFunction<Parameters> mapShards) {

	public MapReduceJob {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(input, "input");
		Objects.requireNonNull(mapper, "mapper");
		Objects.requireNonNull(reducer, "reducer");
		Objects.requireNonNull(keyCodec, "keyCodec");
		Objects.requireNonNull(valueCodec, "valueCodec");
		Objects.requireNonNull(output, "output");
		Objects.requireNonNull(mapShards, "mapShards");
		sideInputs = List.copyOf(sideInputs);
		Set<String> names = new HashSet<>();
		for (SideInput<?> side : sideInputs) {
			if (!names.add(side.name())) {
				throw new IllegalArgumentException("two side inputs named '" + side.name() + "'");
			}
		}
	}

	public static <I, K, V, O> Builder<I, K, V, O> builder(String name) {
		return new Builder<>(name);
	}

	public MapReduceJob<I, K, V, O> withMapper(Function<Parameters, Mapper<I, K, V>> mapper) {
		return toBuilder().mapper(mapper).build();
	}

	public MapReduceJob<I, K, V, O> withReducer(Function<Parameters, Reducer<K, V, O>> reducer) {
		return toBuilder().reducer(reducer).build();
	}

	private Builder<I, K, V, O> toBuilder() {
		Builder<I, K, V, O> builder = new Builder<I, K, V, O>(this.name).input(this.input)
			.mapperFor(this.mapper)
			.combiner(this.combiner)
			.reducer(this.reducer)
			.codecs(this.keyCodec, this.valueCodec)
			.output(this.output)
			.mapShards(this.mapShards);
		this.sideInputs.forEach(builder::sideInput);
		return builder;
	}

	public static final class Builder<I, K, V, O> {

		private final String name;

		private InputFormat<I> input;

		private Function<MapContext, Mapper<I, K, V>> mapper;

		private Combiner<V> combiner;

		private Function<Parameters, Reducer<K, V, O>> reducer;

		private Codec<K> keyCodec;

		private Codec<V> valueCodec;

		private OutputFormat<O> output;

		private final List<SideInput<?>> sideInputs = new ArrayList<>();

		private ToIntFunction<Parameters> mapShards = parameters -> 1;

		private Builder(String name) {
			this.name = name;
		}

		public Builder<I, K, V, O> input(InputFormat<I> input) {
			this.input = input;
			return this;
		}

		/** A mapper made from the launch's parameters, for each map partition. */
		public Builder<I, K, V, O> mapper(Function<Parameters, Mapper<I, K, V>> mapper) {
			Objects.requireNonNull(mapper, "mapper");
			return mapperFor(context -> mapper.apply(context.parameters()));
		}

		/**
		 * A mapper made for each map partition from all it knows: parameters, split,
		 * shard and side inputs.
		 */
		public Builder<I, K, V, O> mapperFor(Function<MapContext, Mapper<I, K, V>> mapper) {
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

		public Builder<I, K, V, O> sideInput(SideInput<?> sideInput) {
			this.sideInputs.add(sideInput);
			return this;
		}

		/**
		 * Divides the map work by something else than the input. With {@code n > 1}
		 * shards every input file is read whole by {@code n} map partitions, each told
		 * its {@link MapContext#shard()}, and the mapper does its share, such as a chunk
		 * of a side input's list; 0 means one shard per engine thread; 1 (the default)
		 * cuts the input into splits of {@code split-size} instead. Each shard reads
		 * every record, so the map step's read count is the records times the shards;
		 * rejected records are reported by shard 0 alone.
		 */
		public Builder<I, K, V, O> mapShards(ToIntFunction<Parameters> mapShards) {
			this.mapShards = mapShards;
			return this;
		}

		public MapReduceJob<I, K, V, O> build() {
			return new MapReduceJob<>(this.name, this.input, this.mapper, this.combiner, this.reducer, this.keyCodec,
					this.valueCodec, this.output, this.sideInputs, this.mapShards);
		}

	}

}
