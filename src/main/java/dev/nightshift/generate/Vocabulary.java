package dev.nightshift.generate;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Words by frequency rank, each already encoded as ASCII bytes so the writer copies bytes
 * and never builds a String. The first ranks are real English function words so the
 * output reads like prose; the rest are pronounceable synthetic words, built from
 * syllables, that grow longer with rank as real vocabularies do. Built from the seed
 * alone, so it is the same everywhere.
 */
final class Vocabulary {

	static final int DEFAULT_SIZE = 200_000;

	private static final String[] FUNCTION_WORDS = { "the", "of", "and", "to", "a", "in", "is", "that", "for", "it",
			"as", "was", "with", "be", "by", "on", "not", "he", "this", "are", "or", "his", "from", "at", "which",
			"but", "have", "an", "had", "they", "you", "were", "their", "one", "all", "we", "can", "her", "has",
			"there", "been", "if", "more", "when", "will", "would", "who", "so", "no", "she", "other", "its", "may",
			"these", "what", "them", "than", "some", "him", "time", "into", "only", "do", "out", "any", "then", "about",
			"two", "many", "could", "also", "new", "must", "my", "our", "first", "now", "made", "over", "such", "like",
			"after", "most", "your", "should", "very", "where", "those", "through", "me", "just", "each", "how",
			"before", "because", "while", "same", "don't", "it's", "between" };

	private static final String[] ONSETS = { "b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t",
			"v", "w", "z", "br", "ch", "cl", "cr", "dr", "fl", "fr", "gl", "gr", "pl", "pr", "sh", "sl", "sp", "st",
			"str", "th", "tr", "wh", "qu", "", "" };

	private static final String[] VOWELS = { "a", "e", "i", "o", "u", "a", "e", "i", "o", "ai", "ea", "ee", "ie", "oo",
			"ou", "y" };

	private static final String[] CODAS = { "", "", "", "", "n", "r", "s", "t", "l", "m", "nd", "ng", "st", "rt", "ck",
			"x", "nt", "ss" };

	/**
	 * All words back to back; a tail word then costs one cache miss, not a pointer and an
	 * object.
	 */
	private final byte[] letters;

	/** Word {@code r} is {@code letters[starts[r]..starts[r + 1])}. */
	private final int[] starts;

	private Vocabulary(byte[] letters, int[] starts) {
		this.letters = letters;
		this.starts = starts;
	}

	static Vocabulary build(long seed, int size) {
		SplittableRandom random = new SplittableRandom(seed);
		Set<String> seen = new HashSet<>(size * 2);
		byte[][] words = new byte[size][];
		int rank = 0;
		for (String word : FUNCTION_WORDS) {
			if (rank < size && seen.add(word)) {
				words[rank++] = word.getBytes(StandardCharsets.US_ASCII);
			}
		}
		while (rank < size) {
			String word = syntheticWord(random, rank);
			if (seen.add(word)) {
				words[rank++] = word.getBytes(StandardCharsets.US_ASCII);
			}
		}
		int[] starts = new int[size + 1];
		for (int r = 0; r < size; r++) {
			starts[r + 1] = starts[r] + words[r].length;
		}
		byte[] letters = new byte[starts[size]];
		for (int r = 0; r < size; r++) {
			System.arraycopy(words[r], 0, letters, starts[r], words[r].length);
		}
		return new Vocabulary(letters, starts);
	}

	private static String syntheticWord(SplittableRandom random, int rank) {
		int maxSyllables = (rank < 2_000) ? 2 : (rank < 30_000) ? 3 : 4;
		int syllables = 1 + random.nextInt(maxSyllables);
		StringBuilder word = new StringBuilder(16);
		for (int i = 0; i < syllables; i++) {
			word.append(pick(random, ONSETS)).append(pick(random, VOWELS));
			if (i == syllables - 1 || random.nextInt(3) == 0) {
				word.append(pick(random, CODAS));
			}
		}
		if (word.length() > 12) {
			word.setLength(12);
		}
		return (word.length() < 2) ? word.append(pick(random, CODAS)).append('n').toString() : word.toString();
	}

	private static String pick(SplittableRandom random, String[] choices) {
		return choices[random.nextInt(choices.length)];
	}

	int size() {
		return this.starts.length - 1;
	}

	/**
	 * Copies the word of the given rank into {@code target} and returns the index after
	 * it.
	 */
	int copy(int rank, byte[] target, int at) {
		int start = this.starts[rank];
		int length = this.starts[rank + 1] - start;
		System.arraycopy(this.letters, start, target, at, length);
		return at + length;
	}

	String word(int rank) {
		return new String(this.letters, this.starts[rank], this.starts[rank + 1] - this.starts[rank],
				StandardCharsets.US_ASCII);
	}

}
