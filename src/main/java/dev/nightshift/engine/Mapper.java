package dev.nightshift.engine;

/**
 * Emits key/value pairs for one input record. The input may be a reusable view (such as a
 * {@link ByteSlice} over a read buffer): copy what you keep beyond the call.
 *
 * <pre>{@code
 * Mapper<ByteSlice, ByteSlice, Long> words = (line, out) -> tokenize(line, word -> out.emit(word, 1L));
 * }</pre>
 *
 * A mapper that totals what it sees itself (in-mapper combining) emits the totals in
 * {@link #finish}, which runs once after the partition's last record, even when it had
 * none: the place for keys that must appear with a zero.
 */
@FunctionalInterface
public interface Mapper<I, K, V> {

	void map(I input, Emitter<K, V> out);

	/** Called once after the last record of the partition, as Hadoop's cleanup. */
	default void finish(Emitter<K, V> out) {
	}

}
