package dev.nightshift.engine;

import java.util.function.Consumer;

/**
 * Folds every value of one key into output records. Keys arrive in ascending order of
 * their encoded bytes; the values are a single-pass view decoded as they are read.
 *
 * <pre>{@code
 * Reducer<ByteSlice, Long, WordCount> sum = (word, counts, out) -> {
 *     long total = 0;
 *     for (long count : counts) total += count;
 *     out.accept(new WordCount(word.toByteArray(), total));
 * };
 * }</pre>
 */
@FunctionalInterface
public interface Reducer<K, V, O> {

	void reduce(K key, Iterable<V> values, Consumer<O> out);

}
