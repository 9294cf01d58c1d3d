package dev.nightshift.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Walks a sorted run one key at a time, handing the reducer the key and a single-pass
 * view of its values. Values the reducer does not read are skipped. Keys and values are
 * decoded from reused buffers: each is valid until the next one is read.
 */
final class KeyGroups<K, V> implements AutoCloseable {

	private final RunReader reader;

	private final Codec<K> keyCodec;

	private final Codec<V> valueCodec;

	private final ByteSink key = new ByteSink();

	private final ByteSink value = new ByteSink();

	private boolean pending;

	private boolean started;

	private boolean inKey;

	private long recordsRead;

	KeyGroups(RunReader reader, Codec<K> keyCodec, Codec<V> valueCodec) {
		this.reader = reader;
		this.keyCodec = keyCodec;
		this.valueCodec = valueCodec;
	}

	boolean nextKey() throws IOException {
		if (!this.started) {
			this.started = true;
			advance();
		}
		while (this.pending && this.inKey && inGroup()) {
			advance();
		}
		if (!this.pending) {
			return false;
		}
		this.key.reset().write(this.reader.key(), 0, this.reader.keyLength());
		this.inKey = true;
		return true;
	}

	K key() {
		return this.keyCodec.decode(this.key.array(), 0, this.key.length());
	}

	Iterable<V> values() {
		return () -> new Iterator<>() {

			@Override
			public boolean hasNext() {
				return KeyGroups.this.pending && inGroup();
			}

			@Override
			public V next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				KeyGroups.this.value.reset()
					.write(KeyGroups.this.reader.value(), 0, KeyGroups.this.reader.valueLength());
				try {
					advance();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				return KeyGroups.this.valueCodec.decode(KeyGroups.this.value.array(), 0, KeyGroups.this.value.length());
			}

		};
	}

	long recordsRead() {
		return this.recordsRead;
	}

	private boolean inGroup() {
		return this.reader.sameKey(this.key.array(), this.key.length());
	}

	private void advance() throws IOException {
		this.pending = this.reader.next();
		if (this.pending) {
			this.recordsRead++;
		}
	}

	@Override
	public void close() throws IOException {
		this.reader.close();
	}

}
