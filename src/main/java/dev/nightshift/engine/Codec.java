package dev.nightshift.engine;

/**
 * Turns keys and values into bytes and back. Keys are sorted, grouped and partitioned by
 * their encoded bytes (unsigned, lexicographic), so a key codec defines the key order:
 * equal keys must encode to equal bytes.
 */
public interface Codec<T> {

	void encode(T value, ByteSink out);

	/**
	 * Decodes {@code length} bytes at {@code offset}; the result may be a view over them.
	 */
	T decode(byte[] bytes, int offset, int length);

}
