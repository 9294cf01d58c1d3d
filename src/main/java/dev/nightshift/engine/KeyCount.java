package dev.nightshift.engine;

/**
 * A key and its count: the output of every counting job. The key is a view valid during
 * the call that made it.
 */
public record KeyCount(ByteSlice key, long count) {
}
