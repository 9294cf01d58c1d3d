package dev.nightshift.generate;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.SplittableRandom;

/**
 * Writes one file of English-like prose straight into a byte buffer: sentences of 5 to 25
 * words, paragraphs of 1 to 7 sentences, lines wrapped at 60 to 120 bytes. Every decision
 * is drawn from the file's own random stream, so a file depends only on the seed and its
 * index. Per word, one random long is cut into three 20-bit rolls that decide what
 * surrounds it (quotes, numbers, compounds, punctuation) and the sampler draws its rank.
 */
final class ProseWriter {

	private static final int BUFFER_SIZE = 1 << 20;

	/**
	 * Room for the longest token: opener, compound of two 12-letter words, closer,
	 * punctuation.
	 */
	private static final int TOKEN_ROOM = 128;

	private static final int ROLL_MASK = (1 << 20) - 1;

	// Word body, cumulative, in units of 1/2^20.
	private static final int NON_ASCII = 21;

	private static final int NUMBER = NON_ASCII + 4_200;

	private static final int COMPOUND = NUMBER + 10_500;

	private static final int POSSESSIVE = COMPOUND + 7_300;

	// What follows a word inside a sentence.
	private static final int COMMA = 73_400;

	private static final int SEMICOLON = COMMA + 4_200;

	private static final int COLON = SEMICOLON + 3_100;

	private static final int DASH = COLON + 2_600;

	// What ends a sentence.
	private static final int QUESTION = 73_400;

	private static final int EXCLAMATION = QUESTION + 42_000;

	// What opens a span of words.
	private static final int QUOTE = 8_400;

	private static final int PARENTHESIS = QUOTE + 4_200;

	private static final byte[][] NON_ASCII_WORDS = encode("café", "naïve", "Zürich", "façade", "résumé", "jalapeño",
			"Ångström", "Kraków", "fiancée", "piñata", "Straße", "smörgåsbord", "coöperate", "São", "Ελλάδα", "Москва",
			"東京", "ﬁle", "𝑥-axis");

	private final byte[] buffer = new byte[BUFFER_SIZE];

	private final Vocabulary vocabulary;

	private final ZipfSampler sampler;

	private final SplittableRandom random;

	private FileChannel channel;

	private long flushed;

	private int position;

	private int lineLength;

	private int lineWidth;

	private int spanWords;

	private byte spanCloser;

	ProseWriter(Vocabulary vocabulary, ZipfSampler sampler, SplittableRandom random) {
		this.vocabulary = vocabulary;
		this.sampler = sampler;
		this.random = random;
		this.lineWidth = nextLineWidth();
	}

	void write(Path file, long targetBytes) throws IOException {
		try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
				StandardOpenOption.TRUNCATE_EXISTING)) {
			this.channel = out;
			boolean first = true;
			while (written() < targetBytes) {
				if (!first) {
					this.buffer[this.position++] = '\n';
					this.buffer[this.position++] = '\n';
					this.lineLength = 0;
				}
				paragraph(targetBytes);
				first = false;
			}
			if (!first) {
				this.buffer[this.position++] = '\n';
			}
			flush();
		}
	}

	private long written() {
		return this.flushed + this.position;
	}

	private void paragraph(long targetBytes) throws IOException {
		int sentences = 1 + this.random.nextInt(7);
		for (int i = 0; i < sentences && written() < targetBytes; i++) {
			int words = 5 + this.random.nextInt(21);
			for (int w = 0; w < words; w++) {
				token(w == 0, w == words - 1);
			}
		}
	}

	private void token(boolean first, boolean last) throws IOException {
		if (this.position > BUFFER_SIZE - TOKEN_ROOM) {
			flush();
		}
		int start = (this.lineLength == 0) ? this.position : this.position + 1;
		int end = writeToken(start, first, last);
		int length = end - start;
		if (this.lineLength == 0) {
			this.lineLength = length;
		}
		else if (this.lineLength + 1 + length > this.lineWidth) {
			this.buffer[this.position] = '\n';
			this.lineLength = length;
			this.lineWidth = nextLineWidth();
		}
		else {
			this.buffer[this.position] = ' ';
			this.lineLength += 1 + length;
		}
		this.position = end;
	}

	private int writeToken(int at, boolean first, boolean last) {
		long rolls = this.random.nextLong();
		int open = (int) (rolls >>> 40) & ROLL_MASK;
		if (this.spanWords == 0 && !last && open < PARENTHESIS) {
			this.buffer[at++] = (byte) ((open < QUOTE) ? '"' : '(');
			this.spanCloser = (byte) ((open < QUOTE) ? '"' : ')');
			this.spanWords = 1 + this.random.nextInt(6);
		}
		int wordStart = at;
		at = writeBody(at, (int) rolls & ROLL_MASK);
		if (first && this.buffer[wordStart] >= 'a' && this.buffer[wordStart] <= 'z') {
			this.buffer[wordStart] -= 'a' - 'A';
		}
		if (this.spanWords > 0 && (--this.spanWords == 0 || last)) {
			this.buffer[at++] = this.spanCloser;
			this.spanWords = 0;
		}
		int after = (int) (rolls >>> 20) & ROLL_MASK;
		return last ? end(at, after) : punctuate(at, after);
	}

	private int writeBody(int at, int body) {
		if (body < NON_ASCII) {
			return copy(NON_ASCII_WORDS[this.random.nextInt(NON_ASCII_WORDS.length)], at);
		}
		if (body < NUMBER) {
			return writeNumber(at);
		}
		at = this.vocabulary.copy(this.sampler.sample(this.random), this.buffer, at);
		if (body < COMPOUND) {
			this.buffer[at++] = '-';
			return this.vocabulary.copy(this.sampler.sample(this.random), this.buffer, at);
		}
		if (body < POSSESSIVE) {
			this.buffer[at++] = '\'';
			this.buffer[at++] = 's';
		}
		return at;
	}

	private int writeNumber(int at) {
		int kind = this.random.nextInt(10);
		if (kind < 5) {
			return writeInt(at, 1 + this.random.nextInt(999));
		}
		if (kind < 8) {
			return writeInt(at, 1800 + this.random.nextInt(230));
		}
		at = writeInt(at, this.random.nextInt(100));
		this.buffer[at++] = (byte) ((kind == 8) ? '.' : ',');
		return (kind == 8) ? writeInt(at, this.random.nextInt(10)) : writeThreeDigits(at, this.random.nextInt(1000));
	}

	private int writeInt(int at, int value) {
		if (value >= 10) {
			at = writeInt(at, value / 10);
		}
		this.buffer[at] = (byte) ('0' + value % 10);
		return at + 1;
	}

	private int writeThreeDigits(int at, int value) {
		this.buffer[at] = (byte) ('0' + value / 100);
		this.buffer[at + 1] = (byte) ('0' + value / 10 % 10);
		this.buffer[at + 2] = (byte) ('0' + value % 10);
		return at + 3;
	}

	private int punctuate(int at, int after) {
		if (after < COMMA) {
			this.buffer[at++] = ',';
		}
		else if (after < SEMICOLON) {
			this.buffer[at++] = ';';
		}
		else if (after < COLON) {
			this.buffer[at++] = ':';
		}
		else if (after < DASH) {
			this.buffer[at++] = ' ';
			this.buffer[at++] = '-';
		}
		return at;
	}

	private int end(int at, int after) {
		this.buffer[at] = (byte) ((after < QUESTION) ? '?' : (after < EXCLAMATION) ? '!' : '.');
		return at + 1;
	}

	private int copy(byte[] word, int at) {
		System.arraycopy(word, 0, this.buffer, at, word.length);
		return at + word.length;
	}

	private int nextLineWidth() {
		return 60 + this.random.nextInt(61);
	}

	private void flush() throws IOException {
		ByteBuffer pending = ByteBuffer.wrap(this.buffer, 0, this.position);
		while (pending.hasRemaining()) {
			this.channel.write(pending);
		}
		this.flushed += this.position;
		this.position = 0;
	}

	private static byte[][] encode(String... words) {
		byte[][] encoded = new byte[words.length][];
		for (int i = 0; i < words.length; i++) {
			encoded[i] = words[i].getBytes(StandardCharsets.UTF_8);
		}
		return encoded;
	}

}
