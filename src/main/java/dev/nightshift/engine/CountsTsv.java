package dev.nightshift.engine;

import java.util.function.Consumer;

/**
 * {@code counts.tsv}: one {@code key<TAB>count} line per key, count descending then key
 * ascending (by bytes, which for UTF-8 is code point order). With {@link #sum()} it is
 * the reduce side of any counting job.
 */
public final class CountsTsv implements OutputFormat<KeyCount> {

	public static final String FILE_NAME = "counts.tsv";

	@Override
	public String fileName() {
		return FILE_NAME;
	}

	@Override
	public void writeSortKey(KeyCount record, ByteSink out) {
		ByteSlice key = record.key();
		out.writeLongBigEndian(Long.MAX_VALUE - record.count()).write(key.array(), key.offset(), key.length());
	}

	@Override
	public void writeRecord(KeyCount record, ByteSink out) {
		ByteSlice key = record.key();
		out.write(key.array(), key.offset(), key.length()).write('\t').writeDecimal(record.count()).write('\n');
	}

	/**
	 * A job counting byte keys into {@code counts.tsv}, with what every counting job
	 * shares: byte keys, variable-length counts, sums on the map side and in reduce. Give
	 * it an input and a mapper.
	 *
	 * <pre>{@code
	 * MapReduceJob<ByteSlice, ByteSlice, Long, KeyCount> wordcount = CountsTsv.<ByteSlice>job("wordcount")
	 *     .input(new TextLines())
	 *     .mapper(parameters -> new WordMapper(parameters.bool("lowercase", false)))
	 *     .build();
	 * }</pre>
	 */
	public static <I> MapReduceJob.Builder<I, ByteSlice, Long, KeyCount> job(String name) {
		return MapReduceJob.<I, ByteSlice, Long, KeyCount>builder(name)
			.combiner(LongCombiner.SUM)
			.reducer(parameters -> sum())
			.codecs(Codecs.bytes(), Codecs.varLong())
			.output(new CountsTsv());
	}

	/** Sums the counts of each key. */
	public static Reducer<ByteSlice, Long, KeyCount> sum() {
		return (ByteSlice key, Iterable<Long> counts, Consumer<KeyCount> out) -> {
			long total = 0;
			for (long count : counts) {
				total += count;
			}
			out.accept(new KeyCount(key, total));
		};
	}

}
