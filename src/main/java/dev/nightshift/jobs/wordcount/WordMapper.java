package dev.nightshift.jobs.wordcount;

import dev.nightshift.engine.ByteSlice;
import dev.nightshift.engine.Emitter;
import dev.nightshift.engine.Mapper;

/** Emits (word, 1) for every word of a line. */
final class WordMapper implements Mapper<ByteSlice, ByteSlice, Long> {

	private static final Long ONE = 1L;

	private final WordTokenizer tokenizer;

	WordMapper(boolean lowercase) {
		this.tokenizer = new WordTokenizer(lowercase);
	}

	@Override
	public void map(ByteSlice line, Emitter<ByteSlice, Long> out) {
		this.tokenizer.tokenize(line, word -> out.emit(word, ONE));
	}

}
