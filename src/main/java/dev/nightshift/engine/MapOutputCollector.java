package dev.nightshift.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The {@link Emitter} a mapper writes to: encodes each pair, picks its reduce partition
 * by key hash and buffers it (combined on arrival on the counting fast path), spilling
 * sorted runs when the buffer is full.
 */
final class MapOutputCollector<K, V> implements Emitter<K, V> {

	private final Codec<K> keyCodec;

	private final Codec<V> valueCodec;

	private final int partitions;

	private final LongCombiningTable table;

	private final SortBuffer buffer;

	private final SpillingSorter sorter;

	private final ByteSink key = new ByteSink();

	private final ByteSink value = new ByteSink();

	private long emitted;

	MapOutputCollector(MapReduceJob<?, K, V, ?> job, int partitions, Path spillRoot, EngineSettings settings) {
		this.keyCodec = job.keyCodec();
		this.valueCodec = job.valueCodec();
		this.partitions = partitions;
		long budget = settings.spillBuffer().toBytes();
		ValueMerger merger = ValueMerger.of(job.combiner(), job.valueCodec());
		if (job.combiner() instanceof LongCombiner longs && job.valueCodec() instanceof LongCodec codec) {
			this.table = new LongCombiningTable(budget, longs, codec);
			this.buffer = null;
		}
		else {
			this.table = null;
			this.buffer = new SortBuffer(budget, merger);
		}
		KeyedEntries entries = (this.table != null) ? this.table : this.buffer;
		this.sorter = new SpillingSorter(entries, partitions, spillRoot,
				new RunMerger(settings.mergeFanIn(), settings.ioBufferBytes(), merger), settings.ioBufferBytes());
	}

	@Override
	public void emit(K key, V value) {
		this.emitted++;
		byte[] keyBytes;
		int keyOffset;
		int keyLength;
		if (this.keyCodec == Codecs.bytes()) {
			// Raw bytes are their own encoding: no copy on the hot path.
			ByteSlice slice = (ByteSlice) key;
			keyBytes = slice.array();
			keyOffset = slice.offset();
			keyLength = slice.length();
		}
		else {
			this.key.reset();
			this.keyCodec.encode(key, this.key);
			keyBytes = this.key.array();
			keyOffset = 0;
			keyLength = this.key.length();
		}
		int hash = Hashing.hash(keyBytes, keyOffset, keyLength);
		int partition = Hashing.partition(hash, this.partitions);
		try {
			if (this.table != null) {
				long count = ((Long) value);
				if (!this.table.add(hash, partition, keyBytes, keyOffset, keyLength, count)) {
					this.sorter.spill();
					this.table.add(hash, partition, keyBytes, keyOffset, keyLength, count);
				}
				return;
			}
			this.value.reset();
			this.valueCodec.encode(value, this.value);
			if (!this.buffer.hasRoom(keyLength + this.value.length())) {
				this.sorter.spill();
			}
			this.buffer.add(partition, keyBytes, keyOffset, keyLength, this.value.array(), 0, this.value.length());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	long emitted() {
		return this.emitted;
	}

	int spills() {
		return this.sorter.spills();
	}

	/**
	 * Writes the sorted map output, one run per reduce partition, into {@code outputDir}.
	 */
	void finish(Path outputDir) throws IOException {
		this.sorter.finish(outputDir);
	}

}
