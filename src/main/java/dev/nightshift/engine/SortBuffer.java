package dev.nightshift.engine;

import java.io.IOException;
import java.util.Arrays;

/**
 * Entries with byte values, sorted at spill time; equal keys are combined while writing
 * when the job has a combiner (as Hadoop combines at spill), otherwise kept in arrival
 * order.
 */
final class SortBuffer extends KeyedEntries {

	private final ValueMerger merger;

	private final ByteSink merged = new ByteSink();

	private int[] valueLength = new int[1024];

	SortBuffer(long budget, ValueMerger merger) {
		super(budget);
		this.merger = merger;
	}

	void add(int partitionIndex, byte[] key, int keyOffset, int keyLength, byte[] value, int valueOffset,
			int valueLength) {
		int entry = append(partitionIndex, key, keyOffset, keyLength, 0, valueLength);
		System.arraycopy(value, valueOffset, this.arena, this.start[entry] + keyLength, valueLength);
		this.valueLength[entry] = valueLength;
	}

	@Override
	void grow(int capacity) {
		super.grow(capacity);
		this.valueLength = Arrays.copyOf(this.valueLength, capacity);
	}

	@Override
	void writeSorted(RunWriter[] writers) throws IOException {
		int[] order = sortedByPartitionAndKey();
		int i = 0;
		while (i < this.count) {
			int entry = order[i];
			int next = i + 1;
			if (this.merger != null) {
				while (next < this.count && sameKey(entry, order[next])) {
					next++;
				}
			}
			int valueStart = this.start[entry] + this.keyLength[entry];
			if (next == i + 1) {
				writers[this.partition[entry]].write(this.arena, this.start[entry], this.keyLength[entry], this.arena,
						valueStart, this.valueLength[entry]);
			}
			else {
				this.merger.start(this.arena, valueStart, this.valueLength[entry]);
				for (int j = i + 1; j < next; j++) {
					int other = order[j];
					this.merger.add(this.arena, this.start[other] + this.keyLength[other], this.valueLength[other]);
				}
				this.merged.reset();
				this.merger.writeTo(this.merged);
				writers[this.partition[entry]].write(this.arena, this.start[entry], this.keyLength[entry],
						this.merged.array(), 0, this.merged.length());
			}
			i = next;
		}
	}

}
