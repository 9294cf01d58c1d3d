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
