package dev.nightshift.engine;

import java.io.IOException;
import java.util.Arrays;

/**
 * In-memory entries (partition, key bytes, payload) in one byte arena plus parallel
 * primitive arrays, bounded by a byte budget: the memory a map or reduce task holds
 * before it spills. Sorts by (partition, key) comparing an 8-byte key prefix first, so
 * most comparisons never touch the arena.
 */
abstract class KeyedEntries {

	/**
	 * Bytes of bookkeeping per entry besides the key: the arrays here and in subclasses,
	 * sort scratch.
	 */
	static final int ENTRY_OVERHEAD = 48;

	private final long budget;

	byte[] arena;

	int used;

	int[] start = new int[1024];

	int[] keyLength = new int[1024];

	int[] partition = new int[1024];

	long[] prefix = new long[1024];

	int count;

	KeyedEntries(long budget) {
		this.budget = budget;
		this.arena = new byte[(int) Math.min(budget / 4, 1 << 20) + 64];
	}

	/**
	 * Whether an entry of {@code bytes} more arena bytes fits the budget; an empty buffer
	 * takes anything.
	 */
	boolean hasRoom(int bytes) {
		return this.count == 0
				|| this.used + (long) bytes + (long) (this.count + 1) * ENTRY_OVERHEAD + extraBytes() <= this.budget;
	}

	/** Bytes held beyond the arena and entry arrays (a hash index, say). */
	long extraBytes() {
		return 0;
	}

	int count() {
		return this.count;
	}

	/**
	 * Appends {@code header} spare arena bytes, the key, then {@code trailer} spare
	 * bytes; returns the entry index. {@code start[entry]} is where the key begins.
	 */
	int append(int partitionIndex, byte[] key, int keyOffset, int keyLength, int header, int trailer) {
		if (this.count == this.start.length) {
			grow(this.count * 2);
		}
		int needed = this.used + header + keyLength + trailer;
		if (needed > this.arena.length) {
			long target = Math.max((long) this.arena.length * 2, needed);
			this.arena = Arrays.copyOf(this.arena, (int) Math.min(target, Integer.MAX_VALUE - 16));
		}
		int entry = this.count++;
		int keyStart = this.used + header;
		this.start[entry] = keyStart;
		this.keyLength[entry] = keyLength;
		this.partition[entry] = partitionIndex;
		this.prefix[entry] = prefix(key, keyOffset, keyLength);
		System.arraycopy(key, keyOffset, this.arena, keyStart, keyLength);
		this.used = keyStart + keyLength + trailer;
		return entry;
	}

	void grow(int capacity) {
		this.start = Arrays.copyOf(this.start, capacity);
		this.keyLength = Arrays.copyOf(this.keyLength, capacity);
		this.partition = Arrays.copyOf(this.partition, capacity);
		this.prefix = Arrays.copyOf(this.prefix, capacity);
	}

	int[] sortedByPartitionAndKey() {
		return EntrySorter.sortedIndexes(this.count, this::compare);
	}

	int compare(int a, int b) {
		int byPartition = Integer.compare(this.partition[a], this.partition[b]);
		if (byPartition != 0) {
			return byPartition;
		}
		int byPrefix = Long.compareUnsigned(this.prefix[a], this.prefix[b]);
		if (byPrefix != 0) {
			return byPrefix;
		}
		return Arrays.compareUnsigned(this.arena, this.start[a], this.start[a] + this.keyLength[a], this.arena,
				this.start[b], this.start[b] + this.keyLength[b]);
	}

	boolean sameKey(int a, int b) {
		return this.partition[a] == this.partition[b] && this.prefix[a] == this.prefix[b]
				&& Arrays.equals(this.arena, this.start[a], this.start[a] + this.keyLength[a], this.arena,
						this.start[b], this.start[b] + this.keyLength[b]);
	}

	/** Writes every entry in (partition, key) order to the writer of its partition. */
	abstract void writeSorted(RunWriter[] writers) throws IOException;

	void clear() {
		this.used = 0;
		this.count = 0;
	}

	private static long prefix(byte[] key, int offset, int length) {
		long result = 0;
		int n = Math.min(length, 8);
		for (int i = 0; i < n; i++) {
			result |= (key[offset + i] & 0xFFL) << (56 - 8 * i);
		}
		return result;
	}

}
