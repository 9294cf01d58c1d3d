package dev.nightshift.engine;

import java.io.IOException;
import java.util.Arrays;

/**
 * The counting fast path: one primitive long per distinct key, combined on arrival in an
 * open-addressing hash index, so a word seen a million times costs one entry, not a
 * million.
 */
final class LongCombiningTable extends KeyedEntries {

	private final LongCombiner combiner;

	private final LongCodec codec;

	private final ByteSink encoded = new ByteSink();

	private long[] values = new long[1024];

	private int[] hashes = new int[1024];

	private int[] slots;

	LongCombiningTable(long budget, LongCombiner combiner, LongCodec codec) {
		super(budget);
		this.combiner = combiner;
		this.codec = codec;
		// The index grows with the entries; it starts small enough to leave most of a
		// tiny budget for keys.
		this.slots = newSlots((int) Math.max(16, Math.min(2048, Long.highestOneBit(budget / 64))));
	}

	@Override
	long extraBytes() {
		return 4L * this.slots.length;
	}

	/**
	 * Combines the value into the key's entry, creating it if new; false when a new key
	 * does not fit.
	 */
	boolean add(int hash, int partitionIndex, byte[] key, int keyOffset, int keyLength, long value) {
		int mask = this.slots.length - 1;
		int slot = hash & mask;
		byte[] arena = this.arena;
		while (true) {
			int entry = this.slots[slot];
			if (entry < 0) {
				break;
			}
			if (this.hashes[entry] == hash && this.keyLength[entry] == keyLength && Arrays.equals(arena,
					this.start[entry], this.start[entry] + keyLength, key, keyOffset, keyOffset + keyLength)) {
				this.values[entry] = this.combiner.combineLongs(this.values[entry], value);
				return true;
			}
			slot = (slot + 1) & mask;
		}
		if (!hasRoom(keyLength)) {
			return false;
		}
		int entry = append(partitionIndex, key, keyOffset, keyLength, 0);
		this.hashes[entry] = hash;
		this.values[entry] = value;
		this.slots[slot] = entry;
		if (this.count * 2 > this.slots.length) {
			rehash(this.slots.length * 2);
		}
		return true;
	}

	@Override
	void grow(int capacity) {
		super.grow(capacity);
		this.values = Arrays.copyOf(this.values, capacity);
		this.hashes = Arrays.copyOf(this.hashes, capacity);
	}

	private void rehash(int size) {
		this.slots = newSlots(size);
		int mask = size - 1;
		for (int entry = 0; entry < this.count; entry++) {
			int slot = this.hashes[entry] & mask;
			while (this.slots[slot] >= 0) {
				slot = (slot + 1) & mask;
			}
			this.slots[slot] = entry;
		}
	}

	@Override
	void writeSorted(RunWriter[] writers) throws IOException {
		for (int entry : sortedByPartitionAndKey()) {
			this.encoded.reset();
			this.codec.encodeLong(this.values[entry], this.encoded);
			writers[this.partition[entry]].write(this.arena, this.start[entry], this.keyLength[entry],
					this.encoded.array(), 0, this.encoded.length());
		}
	}

	@Override
	void clear() {
		super.clear();
		Arrays.fill(this.slots, -1);
	}

	private static int[] newSlots(int size) {
		int[] slots = new int[size];
		Arrays.fill(slots, -1);
		return slots;
	}

}
