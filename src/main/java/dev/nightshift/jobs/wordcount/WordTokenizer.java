package dev.nightshift.jobs.wordcount;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;

import dev.nightshift.engine.ByteSlice;

/**
 * Seed 000's tokenizer on UTF-8 bytes: delete the 32 ASCII punctuation characters of
 * Python's {@code string.punctuation}, then split on whitespace as Python's
 * {@code str.split()} does (which includes U+001C..U+001F, U+0085, U+00A0 and the Unicode
 * space separators). Non-ASCII letters belong to words; invalid UTF-8 is kept as word
 * bytes, never an error. With {@code lowercase}, case is folded as {@code str.lower()}
 * would.
 */
final class WordTokenizer {

	static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

	private static final byte WORD = 0;

	private static final byte SPACE = 1;

	private static final byte DELETE = 2;

	/**
	 * A lead byte of a multi-byte character that may be whitespace: 0xC2, 0xE1, 0xE2,
	 * 0xE3.
	 */
	private static final byte MAYBE_SPACE = 3;

	private static final byte[] CLASS = new byte[256];

	static {
		for (char c : new char[] { ' ', '\t', '\n', 0x0B, '\f', '\r', 0x1C, 0x1D, 0x1E, 0x1F }) {
			CLASS[c] = SPACE;
		}
		for (char c : PUNCTUATION.toCharArray()) {
			CLASS[c] = DELETE;
		}
		for (int lead : new int[] { 0xC2, 0xE1, 0xE2, 0xE3 }) {
			CLASS[lead] = MAYBE_SPACE;
		}
	}

	private final boolean lowercase;

	private final ByteSlice token = new ByteSlice();

	private byte[] word = new byte[256];

	private CharsetDecoder decoder;

	WordTokenizer(boolean lowercase) {
		this.lowercase = lowercase;
	}

	/**
	 * Calls {@code words} with each word of the line, as a slice valid during the call.
	 */
	void tokenize(ByteSlice line, Consumer<ByteSlice> words) {
		byte[] bytes = line.array();
		int end = line.offset() + line.length();
		int length = 0;
		boolean nonAscii = false;
		int i = line.offset();
		while (i < end) {
			byte b = bytes[i];
			byte kind = CLASS[b & 0xFF];
			int spaceBytes = (kind == SPACE) ? 1 : (kind == MAYBE_SPACE) ? unicodeSpaceLength(bytes, i, end) : 0;
			if (spaceBytes > 0) {
				if (length > 0) {
					emit(length, nonAscii, words);
					length = 0;
					nonAscii = false;
				}
				i += spaceBytes;
				continue;
			}
			if (kind != DELETE) {
				if (length == this.word.length) {
					this.word = Arrays.copyOf(this.word, length * 2);
				}
				if (this.lowercase && b >= 'A' && b <= 'Z') {
					b = (byte) (b | 0x20);
				}
				nonAscii |= b < 0;
				this.word[length++] = b;
			}
			i++;
		}
		if (length > 0) {
			emit(length, nonAscii, words);
		}
	}

	private void emit(int length, boolean nonAscii, Consumer<ByteSlice> words) {
		if (this.lowercase && nonAscii) {
			length = lowercaseUnicode(length);
		}
		words.accept(this.token.set(this.word, 0, length));
	}

	/**
	 * Folds a word with non-ASCII letters through String.toLowerCase; invalid UTF-8 stays
	 * as it is.
	 */
	private int lowercaseUnicode(int length) {
		if (this.decoder == null) {
			this.decoder = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		}
		CharBuffer chars;
		try {
			chars = this.decoder.decode(ByteBuffer.wrap(this.word, 0, length));
		}
		catch (CharacterCodingException ex) {
			return length;
		}
		byte[] folded = chars.toString().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
		if (folded.length > this.word.length) {
			this.word = new byte[folded.length * 2];
		}
		System.arraycopy(folded, 0, this.word, 0, folded.length);
		return folded.length;
	}

	/**
	 * The byte length of the Unicode whitespace character at {@code i}, or 0: U+0085,
	 * U+00A0, U+1680, U+2000..U+200A, U+2028, U+2029, U+202F, U+205F, U+3000.
	 */
	static int unicodeSpaceLength(byte[] bytes, int i, int end) {
		int lead = bytes[i] & 0xFF;
		int second = (i + 1 < end) ? bytes[i + 1] & 0xFF : -1;
		if (lead == 0xC2) {
			return (second == 0x85 || second == 0xA0) ? 2 : 0;
		}
		int third = (i + 2 < end) ? bytes[i + 2] & 0xFF : -1;
		return switch (lead) {
			case 0xE1 -> (second == 0x9A && third == 0x80) ? 3 : 0;
			case 0xE2 ->
				((second == 0x80 && (third >= 0x80 && third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF))
						|| (second == 0x81 && third == 0x9F)) ? 3 : 0;
			case 0xE3 -> (second == 0x80 && third == 0x80) ? 3 : 0;
			default -> 0;
		};
	}

}
