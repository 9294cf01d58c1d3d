package dev.nightshift.jobs.skills;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Queue;

/**
 * Counts, in one pass over a text, the non-overlapping occurrences of every pattern, each
 * pattern on its own and ignoring case as Python's
 * {@code text.lower().count(pattern.lower())} does, for all patterns at once. An
 * Aho–Corasick automaton, compiled to a full transition table over the characters that
 * occur in the lowercased patterns (every other character is one class), so each text
 * character costs one table load; matches are rare and checked aside. A text of ASCII
 * alone is folded by the class table as it is read ({@code A} is in {@code a}'s class);
 * any other is lowercased whole first, since lowercasing may change its length ({@code İ}
 * becomes two characters) and depends on context (a final {@code Σ}).
 *
 * <pre>{@code
 * SkillMatcher matcher = new SkillMatcher(List.of("Java", "C++", "a"));
 * long[] counts = new long[3];
 * matcher.count("JAVA and c++", counts);   // counts = {1, 1, 3}
 * }</pre>
 */
final class SkillMatcher {

	/** Table entries past this (states × classes) would take more than 256 MB. */
	static final long MAX_TABLE = 64L << 20;

	/** Character → class; 0 for characters no pattern has. */
	private final char[] classOf = new char[Character.MAX_VALUE + 1];

	private final int width;

	/** {@code width == 1 << shift}, so a premultiplied state is divided by a shift. */
	private final int shift;

	/**
	 * {@code table[state + class]} is the next state, premultiplied by {@link #width},
	 * and bitwise inverted when that state ends a pattern.
	 */
	private final int[] table;

	/**
	 * The patterns ending in state {@code s} (not premultiplied) are
	 * {@code outputs[outputStart[s] .. outputStart[s + 1])}, longest first; a pattern
	 * that can overlap itself ({@code aa}, {@code abab}) is there bitwise inverted, since
	 * only its occurrences need the check against the last one counted.
	 */
	private final int[] outputStart;

	private final int[] outputs;

	private final int[] lengths;

	/** Per pattern: where its last counted occurrence ended, in {@link #stamps}' text. */
	private final int[] lastEnd;

	private final int[] stamps;

	private int stamp;

	private char[] chars = new char[4096];

	SkillMatcher(List<String> names) {
		List<String> patterns = names.stream().map(SkillMatcher::lower).toList();
		this.lengths = new int[patterns.size()];
		this.lastEnd = new int[patterns.size()];
		this.stamps = new int[patterns.size()];
		int classes = 1;
		long states = 1;
		for (int p = 0; p < patterns.size(); p++) {
			String pattern = patterns.get(p);
			if (pattern.isEmpty()) {
				throw new IllegalArgumentException("pattern " + p + " is empty");
			}
			this.lengths[p] = pattern.length();
			states += pattern.length();
			for (char c : pattern.toCharArray()) {
				if (this.classOf[c] == 0) {
					this.classOf[c] = (char) classes++;
				}
			}
		}
		for (char c = 'A'; c <= 'Z'; c++) {
			this.classOf[c] = this.classOf[c | 0x20];
		}
		this.shift = 32 - Integer.numberOfLeadingZeros(classes - 1);
		this.width = 1 << this.shift;
		if (states * this.width > MAX_TABLE) {
			throw new IllegalArgumentException("%d skills are too many for one matcher (%d states × %d characters)"
				.formatted(patterns.size(), states, classes));
		}
		Trie trie = new Trie((int) states, this.width);
		for (int p = 0; p < patterns.size(); p++) {
			trie.add(patterns.get(p), p, this.classOf);
		}
		int[][] matches = trie.link();
		this.outputStart = new int[trie.size + 1];
		for (int state = 0; state < trie.size; state++) {
			this.outputStart[state + 1] = this.outputStart[state]
					+ ((matches[state] != null) ? matches[state].length : 0);
		}
		this.outputs = new int[this.outputStart[trie.size]];
		for (int state = 0; state < trie.size; state++) {
			for (int k = 0; matches[state] != null && k < matches[state].length; k++) {
				int pattern = matches[state][k];
				this.outputs[this.outputStart[state] + k] = overlapsItself(patterns.get(pattern)) ? ~pattern : pattern;
			}
		}
		this.table = trie.next;
		for (int slot = 0; slot < trie.size * this.width; slot++) {
			int target = this.table[slot];
			this.table[slot] = (matches[target] != null) ? ~(target << this.shift) : target << this.shift;
		}
	}

	/**
	 * Whether a proper prefix of the pattern is also its suffix, so that two occurrences
	 * can overlap ({@code aa} in {@code aaa}).
	 */
	static boolean overlapsItself(String pattern) {
		int length = pattern.length();
		for (int border = 1; border < length; border++) {
			if (pattern.regionMatches(0, pattern, length - border, border)) {
				return true;
			}
		}
		return false;
	}

	/** Python's {@code str.lower()}, which Java's root-locale lowercasing matches. */
	static String lower(String text) {
		return text.toLowerCase(Locale.ROOT);
	}

	/**
	 * Adds to {@code counts[p]} the non-overlapping occurrences of pattern {@code p} in
	 * {@code text}, scanning left to right as {@code str.count} does.
	 */
	void count(String text, long[] counts) {
		char[] chars = chars(text);
		int length = text.length();
		if (!ascii(chars, length)) {
			String lower = lower(text);
			chars = chars(lower);
			length = lower.length();
		}
		if (++this.stamp == 0) {
			Arrays.fill(this.stamps, 0);
			this.stamp = 1;
		}
		int[] table = this.table;
		char[] classOf = this.classOf;
		int[] outputStart = this.outputStart;
		int[] outputs = this.outputs;
		int state = 0;
		for (int i = 0; i < length; i++) {
			int next = table[state + classOf[chars[i]]];
			if (next < 0) {
				next = ~next;
				int ended = next >>> this.shift;
				for (int k = outputStart[ended], last = outputStart[ended + 1]; k < last; k++) {
					int pattern = outputs[k];
					if (pattern >= 0) {
						counts[pattern]++;
					}
					else {
						countUnlessOverlapping(~pattern, i + 1, counts);
					}
				}
			}
			state = next;
		}
	}

	private char[] chars(String text) {
		if (this.chars.length < text.length()) {
			this.chars = new char[Math.max(text.length(), this.chars.length * 2)];
		}
		text.getChars(0, text.length(), this.chars, 0);
		return this.chars;
	}

	private static boolean ascii(char[] chars, int length) {
		int all = 0;
		for (int i = 0; i < length; i++) {
			all |= chars[i];
		}
		return all < 0x80;
	}

	/** Counts an occurrence ending at {@code end} unless it overlaps the last counted. */
	private void countUnlessOverlapping(int pattern, int end, long[] counts) {
		if (this.stamps[pattern] != this.stamp || end - this.lengths[pattern] >= this.lastEnd[pattern]) {
			counts[pattern]++;
			this.lastEnd[pattern] = end;
			this.stamps[pattern] = this.stamp;
		}
	}

	/** The goto function as a table, then completed with failure links. */
	private static final class Trie {

		final int[] next;

		final int width;

		final int[][] own;

		int size = 1;

		Trie(int states, int width) {
			this.width = width;
			this.next = new int[states * width];
			this.own = new int[states][];
		}

		void add(String pattern, int id, char[] classOf) {
			int state = 0;
			for (int i = 0; i < pattern.length(); i++) {
				int slot = state * this.width + classOf[pattern.charAt(i)];
				if (this.next[slot] == 0) {
					this.next[slot] = this.size++;
				}
				state = this.next[slot];
			}
			int[] ids = (this.own[state] != null) ? Arrays.copyOf(this.own[state], this.own[state].length + 1)
					: new int[1];
			ids[ids.length - 1] = id;
			this.own[state] = ids;
		}

		/**
		 * Breadth first: a missing transition becomes its failure state's, and a state's
		 * matches are its own followed by its failure state's.
		 */
		int[][] link() {
			int[][] matches = new int[this.size][];
			int[] fail = new int[this.size];
			Queue<Integer> queue = new ArrayDeque<>();
			for (int c = 0; c < this.width; c++) {
				int child = this.next[c];
				if (child != 0) {
					queue.add(child);
				}
			}
			while (!queue.isEmpty()) {
				int state = queue.remove();
				matches[state] = concat(this.own[state], matches[fail[state]]);
				for (int c = 0; c < this.width; c++) {
					int slot = state * this.width + c;
					int child = this.next[slot];
					int fallback = this.next[fail[state] * this.width + c];
					if (child != 0) {
						fail[child] = fallback;
						queue.add(child);
					}
					else {
						this.next[slot] = fallback;
					}
				}
			}
			return matches;
		}

		private static int[] concat(int[] first, int[] second) {
			if (first == null || second == null) {
				return (first != null) ? first : second;
			}
			int[] both = Arrays.copyOf(first, first.length + second.length);
			System.arraycopy(second, 0, both, first.length, second.length);
			return both;
		}

	}

}
