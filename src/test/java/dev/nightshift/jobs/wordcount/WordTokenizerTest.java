package dev.nightshift.jobs.wordcount;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dev.nightshift.engine.ByteSlice;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordTokenizerTest {

	@Test
	void deletesPunctuationInsideWordsAndSplitsOnWhitespace() {
		assertThat(words("The kernel-PCA method, (1-year) \"testing\"!", false)).containsExactly("The", "kernelPCA",
				"method", "1year", "testing");
	}

	@Test
	void aTokenOfOnlyPunctuationDisappears() {
		assertThat(words("a -- b ... c", false)).containsExactly("a", "b", "c");
	}

	@Test
	void splitsOnEveryWhitespaceThatPythonStrSplitKnows() {
		String text = "a\tb\u000Bc\fd\re\u001Cf\u001Fg\u0085h\u00A0i\u1680j\u2003k\u2028l\u202Fm\u205Fn\u3000o";
		assertThat(words(text, false)).containsExactly("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m",
				"n", "o");
	}

	@Test
	void keepsNonAsciiLettersAndNonSpaceSeparatorsInWords() {
		assertThat(words("café naïve Zürich \u200Bzero-width \u00ABquoted\u00BB", false)).containsExactly("café",
				"naïve", "Zürich", "\u200Bzerowidth", "\u00ABquoted\u00BB");
	}

	@Test
	void invalidUtf8IsKeptAsBytesNeverAnError() {
		byte[] line = { 'o', 'k', ' ', (byte) 0xC2, 'x', ' ', (byte) 0xFF, (byte) 0xE2, (byte) 0x80, ' ', 'z' };
		List<byte[]> words = new ArrayList<>();
		new WordTokenizer(true).tokenize(new ByteSlice(line, 0, line.length), word -> words.add(word.toByteArray()));
		assertThat(words).hasSize(4);
		assertThat(words.get(1)).containsExactly((byte) 0xC2, 'x');
		assertThat(words.get(2)).containsExactly((byte) 0xFF, (byte) 0xE2, (byte) 0x80);
	}

	@Test
	void lowercaseFoldsAsciiAndUnicodeLikeStrLower() {
		assertThat(words("The THE ÉCOLE Straße ΟΔΟΣ", true)).containsExactly("the", "the", "école", "straße", "οδος");
	}

	private static List<String> words(String text, boolean lowercase) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		List<String> words = new ArrayList<>();
		new WordTokenizer(lowercase).tokenize(new ByteSlice(bytes, 0, bytes.length),
				word -> words.add(word.toString()));
		return words;
	}

}
