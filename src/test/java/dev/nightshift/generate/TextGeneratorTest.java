package dev.nightshift.generate;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TextGeneratorTest {

	private static final long MIB = 1 << 20;

	private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

	@TempDir
	Path temp;

	@Test
	void sameSeedGivesByteIdenticalFiles() throws IOException {
		List<Path> first = new TextGenerator(42).generate(this.temp.resolve("a"), 2 * MIB, 3);
		List<Path> second = new TextGenerator(42).generate(this.temp.resolve("b"), 2 * MIB, 3);

		assertThat(first).extracting(path -> path.getFileName().toString())
			.containsExactly("part-0000.txt", "part-0001.txt", "part-0002.txt");
		for (int i = 0; i < first.size(); i++) {
			assertThat(Files.mismatch(first.get(i), second.get(i))).isEqualTo(-1L);
		}
	}

	@Test
	void differentSeedsGiveDifferentText() throws IOException {
		Path one = new TextGenerator(1).generate(this.temp.resolve("one"), MIB, 1).get(0);
		Path two = new TextGenerator(2).generate(this.temp.resolve("two"), MIB, 1).get(0);

		assertThat(Files.mismatch(one, two)).isBetween(0L, 200L);
	}

	@Test
	void filesAreWithinFivePercentOfTheirShare() throws IOException {
		List<Path> files = new TextGenerator(42).generate(this.temp, 4 * MIB, 4);

		assertThat(files).hasSize(4);
		for (Path file : files) {
			assertThat(Files.size(file)).isBetween(MIB * 95 / 100, MIB * 105 / 100);
		}
	}

	@Test
	void zeroBytesGivesEmptyFilesAndBadArgumentsAreRefused() throws IOException {
		List<Path> files = new TextGenerator(42).generate(this.temp, 0, 2);

		assertThat(files).allSatisfy(file -> assertThat(Files.size(file)).isZero());
		assertThatIllegalArgumentException().isThrownBy(() -> new TextGenerator(42).generate(this.temp, 10, 0))
			.withMessageContaining("files=0");
	}

	@Test
	void wordFrequencyFallsWithRank() throws IOException {
		Map<String, Integer> counts = countWords(new TextGenerator(42).generate(this.temp, 4 * MIB, 2));
		Vocabulary vocabulary = Vocabulary.build(42, Vocabulary.DEFAULT_SIZE);

		int[] sorted = counts.values().stream().mapToInt(Integer::intValue).sorted().toArray();
		int top = sorted[sorted.length - 1];
		int thousandth = sorted[sorted.length - 1000];
		assertThat(vocabulary.word(0)).isEqualTo("the");
		assertThat(counts.get("the")).isEqualTo(top);
		assertThat(top).isGreaterThan(100 * thousandth);
		assertThat(counts.get(vocabulary.word(9))).isGreaterThan(counts.get(vocabulary.word(200)));
		assertThat(counts.get(vocabulary.word(200))).isGreaterThan(counts.get(vocabulary.word(2000)));
		assertThat(counts.size()).isGreaterThan(50_000);
	}

	@Test
	void textIsValidUtf8ProseWithSomeNonAsciiWords() throws IOException {
		Path file = new TextGenerator(42).generate(this.temp, 4 * MIB, 1).get(0);

		String text = decodeStrictly(Files.readAllBytes(file));
		assertThat(text).endsWith("\n").contains("\n\n").contains(". ").contains(", ");
		assertThat(text.chars().anyMatch(c -> c > 127)).isTrue();
		assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(160));
	}

	private static String decodeStrictly(byte[] bytes) throws CharacterCodingException {
		return StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)
			.decode(ByteBuffer.wrap(bytes))
			.toString();
	}

	/**
	 * The same tokenisation as the word-count baseline: drop ASCII punctuation, split on
	 * spaces.
	 */
	private static Map<String, Integer> countWords(List<Path> files) throws IOException {
		Map<String, Integer> counts = new HashMap<>();
		for (Path file : files) {
			StringBuilder kept = new StringBuilder();
			for (char c : Files.readString(file).toCharArray()) {
				if (PUNCTUATION.indexOf(c) < 0) {
					kept.append(c);
				}
			}
			for (String word : kept.toString().split("\\s+")) {
				if (!word.isEmpty()) {
					counts.merge(word, 1, Integer::sum);
				}
			}
		}
		return counts;
	}

}
