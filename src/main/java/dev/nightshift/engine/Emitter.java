package dev.nightshift.engine;

/**
 * Receives the pairs a {@link Mapper} emits. The engine encodes both at once, so the
 * mapper may reuse its key and value objects between calls.
 */
@FunctionalInterface
public interface Emitter<K, V> {

	void emit(K key, V value);

}
