package dev.nightshift.engine;

/**
 * The key hash that picks a reduce partition. It is part of the on-disk contract: map
 * outputs written by one JVM are merged by another after a restart, so it must never
 * depend on the JVM (no {@code Object.hashCode}, no seeds).
 */
final class Hashing {

	private Hashing() {
	}

	static int hash(byte[] bytes, int offset, int length) {
		int h = 0x9747b28c ^ length;
		for (int i = offset, end = offset + length; i < end; i++) {
			h = (h ^ bytes[i]) * 0x01000193;
		}
		h ^= h >>> 16;
		h *= 0x85ebca6b;
		h ^= h >>> 13;
		h *= 0xc2b2ae35;
		return h ^ (h >>> 16);
	}

	static int partition(int hash, int partitions) {
		return (hash & Integer.MAX_VALUE) % partitions;
	}

}
