package dev.nightshift.jobs.skills;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SkillMatcherTest {

	@Test
	void eachPatternCountsItsOwnNonOverlappingOccurrencesAsStrCountDoes() {
		List<String> patterns = List.of("aa", "aaa", "a", "he", "she", "his", "hers");
		long[] counts = count(patterns, "aaaa ushers his");

		assertThat(counts).containsExactly(2, 1, 4, 1, 1, 1, 1);
	}

	@Test
	void patternsAreLiteralTextNotExpressions() {
		List<String> patterns = List.of("c++", "c#", ".net", "c", "r", "a.b", "(x)");
		long[] counts = count(patterns, "c++ and c# on .net, not c or axb; a.b (x)");

		assertThat(counts).containsExactly(1, 1, 1, 3, 1, 1, 1);
	}

	@Test
	void countsAddUpOverTextsAndOverlapIsJudgedWithinOneText() {
		SkillMatcher matcher = new SkillMatcher(List.of("abab"));
		long[] counts = new long[1];

		matcher.count("ababab", counts);
		matcher.count("ab", counts);
		matcher.count("abab", counts);

		assertThat(counts).containsExactly(2);
	}

	@Test
	void caseIsIgnoredAsPythonsLowerDoesForAsciiAndOtherText() {
		List<String> patterns = List.of("Java", "JAVA", "i", "k", "σ", "ς", "straße");
		long[] ascii = count(patterns, "java JaVa JAVA kiosk");
		long[] other = count(patterns, "İstanbul \u212Aelvin ΣΑΣ STRASSE Straße JAVA");

		assertThat(ascii).containsExactly(3, 3, 1, 2, 0, 0, 0);
		assertThat(other).containsExactly(1, 1, 2, 1, 1, 1, 1);
	}

	@Test
	void duplicatePatternsAreCountedEachAndNonAsciiCharactersMatch() {
		long[] counts = count(List.of("zürich", "zürich", "東京", "𝑥"), "zürich 東京東京 𝑥𝑥 zurich");

		assertThat(counts).containsExactly(1, 1, 2, 2);
	}

	@Test
	void everyPatternAgreesWithAPlainIndexOfLoopOnRandomTexts() {
		SplittableRandom random = new SplittableRandom(6);
		for (int round = 0; round < 300; round++) {
			String alphabet = (round % 4 == 0) ? "ab"
					: (round % 4 == 1) ? "abc+." : (round % 4 == 2) ? "aAbBcCdD " : "aAiIİıkK\u212AσςΣ ";
			List<String> patterns = new ArrayList<>();
			for (int p = 1 + random.nextInt(30); p > 0; p--) {
				patterns.add(text(random, alphabet, 1 + random.nextInt(6)));
			}
			SkillMatcher matcher = new SkillMatcher(patterns);
			long[] counts = new long[patterns.size()];
			long[] expected = new long[patterns.size()];
			for (int t = 0; t < 5; t++) {
				String text = text(random, alphabet, random.nextInt(400));
				matcher.count(text, counts);
				for (int p = 0; p < patterns.size(); p++) {
					expected[p] += indexOfCount(text.toLowerCase(Locale.ROOT),
							patterns.get(p).toLowerCase(Locale.ROOT));
				}
			}
			assertThat(counts).as("patterns %s", patterns).containsExactly(expected);
		}
	}

	@Test
	void onlyPatternsWithABorderCanOverlapThemselves() {
		assertThat(List.of("aa", "abab", "aba", "r", "python", "abcab", "ab")).map(SkillMatcher::overlapsItself)
			.containsExactly(true, true, true, false, false, true, false);
	}

	@Test
	void anEmptyPatternIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SkillMatcher(List.of("a", "")))
			.withMessage("pattern 1 is empty");
	}

	/** Python's str.count: the next search starts where the last match ended. */
	static long indexOfCount(String text, String pattern) {
		long count = 0;
		for (int at = text.indexOf(pattern); at >= 0; at = text.indexOf(pattern, at + pattern.length())) {
			count++;
		}
		return count;
	}

	private static long[] count(List<String> patterns, String text) {
		long[] counts = new long[patterns.size()];
		new SkillMatcher(patterns).count(text, counts);
		return counts;
	}

	private static String text(SplittableRandom random, String alphabet, int length) {
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return text.toString();
	}

}
