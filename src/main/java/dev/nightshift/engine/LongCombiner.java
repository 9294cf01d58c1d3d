package dev.nightshift.engine;

/**
 * A {@link Combiner} over primitive longs. With it (and a {@link LongCodec} for values)
 * the map side keeps one long per distinct key in a hash table and never boxes: the fast
 * path for counting jobs.
 */
@FunctionalInterface
public interface LongCombiner extends Combiner<Long> {

	/** Adds counts. */
	LongCombiner SUM = Long::sum;

	long combineLongs(long left, long right);

	@Override
	default Long combine(Long left, Long right) {
		return combineLongs(left, right);
	}

}
