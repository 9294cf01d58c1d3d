package dev.nightshift.engine;

/**
 * Merges two values of the same key into one, on the map side before spilling and again
 * while merging spills and shuffling. It must be associative and commutative, since the
 * engine applies it in no fixed grouping.
 */
@FunctionalInterface
public interface Combiner<V> {

	V combine(V left, V right);

}
