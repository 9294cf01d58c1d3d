package dev.nightshift.engine;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The counting fast path: one primitive long per distinct key, combined on arrival in an
 * open-addressing hash index, so a word seen a million times costs one entry, not a
 * million.
 * <p>
 * Lookups of rare keys miss the cache, so their memory traffic is what counts: a slot
 * packs the key hash with the arena offset of its record
 * {@code [key length][value][key bytes]}, and a lookup touches one slot and one record.
 */
final class LongCombiningTable extends KeyedEntries {

	private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.nativeOrder());

	private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.nativeOrder());

	/** Key length (int) and value (long) before the key bytes. */
	private static final int HEADER = 12;

	private static final long EMPTY = 0;

	private final LongCombiner combiner;

	private final LongCodec codec;

	private final ByteSink encoded = new ByteSink();

	/** {@code hash << 32 | (record offset + 1)}, 0 when empty. */
	private long[] slots;

	LongCombiningTable(long budget, LongCombiner combiner, LongCodec codec) {
		super(budget);
		this.combiner = combiner;
		this.codec = codec;
		// The index grows with the entries; it starts small enough to leave most of a
		// tiny budget for keys.
		this.slots = new long[(int) Math.max(16, Math.min(2048, Long.highestOneBit(budget / 64)))];
	}

	@Override
	long extraBytes() {
		return 8L * this.slots.length;
	}

	/**
	 * Combines the value into the key's entry, creating it if new; false when a new key
	 * does not fit.
	 */
	boolean add(int hash, int partitionIndex, byte[] key, int keyOffset, int keyLength, long value) {
		long[] slots = this.slots;
		int mask = slots.length - 1;
		int slot = hash & mask;
		while (true) {
			long packed = slots[slot];
			if (packed == EMPTY) {
				break;
			}
			if ((int) (packed >>> 32) == hash && combineIfSameKey((int) packed - 1, key, keyOffset, keyLength, value)) {
				return true;
			}
			slot = (slot + 1) & mask;
		}
		if (!hasRoom(HEADER + keyLength)) {
			return false;
		}
		int entry = append(partitionIndex, key, keyOffset, keyLength, HEADER, 0);
		int record = this.start[entry] - HEADER;
		INT.set(this.arena, record, keyLength);
		LONG.set(this.arena, record + 4, value);
		slots[slot] = ((long) hash << 32) | (record + 1L);
		if (this.count * 2 > slots.length) {
			rehash(slots.length * 2);
		}
		return true;
	}

	private boolean combineIfSameKey(int record, byte[] key, int keyOffset, int keyLength, long value) {
		byte[] arena = this.arena;
		if ((int) INT.get(arena, record) != keyLength || !Arrays.equals(arena, record + HEADER,
				record + HEADER + keyLength, key, keyOffset, keyOffset + keyLength)) {
			return false;
		}
		LONG.set(arena, record + 4, this.combiner.combineLongs((long) LONG.get(arena, record + 4), value));
		return true;
	}

	private void rehash(int size) {
		long[] resized = new long[size];
		int mask = size - 1;
		for (long packed : this.slots) {
			if (packed != EMPTY) {
				int slot = (int) (packed >>> 32) & mask;
				while (resized[slot] != EMPTY) {
					slot = (slot + 1) & mask;
				}
				resized[slot] = packed;
			}
		}
		this.slots = resized;
	}

	@Override
	void writeSorted(RunWriter[] writers) throws IOException {
		for (int entry : sortedByPartitionAndKey()) {
			this.encoded.reset();
			this.codec.encodeLong((long) LONG.get(this.arena, this.start[entry] - 8), this.encoded);
			writers[this.partition[entry]].write(this.arena, this.start[entry], this.keyLength[entry],
					this.encoded.array(), 0, this.encoded.length());
		}
	}

	@Override
	void clear() {
		super.clear();
		Arrays.fill(this.slots, EMPTY);
	}

}
