package dev.nightshift.engine;

/**
 * Emits key/value pairs for one input record. The input may be a reusable view (such as a
 * {@link ByteSlice} over a read buffer): copy what you keep beyond the call.
 *
 * <pre>{@code
 * Mapper<ByteSlice, ByteSlice, Long> words = (line, out) -> tokenize(line, word -> out.emit(word, 1L));
 * }</pre>
 */
@FunctionalInterface
public interface Mapper<I, K, V> {

	void map(I input, Emitter<K, V> out);

}
