package dev.nightshift.jobs.wordcount;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Small text files made in the test: a skewed vocabulary with punctuation, capitals, CRLF
 * and Unicode, plus thousands of rare words so that small buffers must spill.
 */
final class TestTexts {

	private static final String[] VOCABULARY = { "the", "of", "and", "kernel", "PCA", "stock", "model", "The", "a",
			"data", "café", "naïve", "Zürich", "x-ray", "it's", "U.S.A.", "(note)", "\"quoted\"", "e-mail", "über",
			"DRP", "1-year", "C++", "C#", ".NET", "--", "...", "Straße", "ΟΔΟΣ" };

	private static final String[] SEPARATORS = { " ", " ", " ", "  ", "\t", ", ", ". ", "\u00A0", "\u3000" };

	private TestTexts() {
	}

	static List<Path> write(Path folder, int files, int linesPerFile, long seed) throws IOException {
		Files.createDirectories(folder);
		Random random = new Random(seed);
		List<Path> written = new ArrayList<>();
		for (int f = 0; f < files; f++) {
			StringBuilder text = new StringBuilder();
			for (int line = 0; line < linesPerFile; line++) {
				int words = random.nextInt(14);
				for (int w = 0; w < words; w++) {
					if (random.nextInt(4) == 0) {
						text.append("w").append(random.nextInt(5000));
					}
					else {
						int rank = (int) Math.min(VOCABULARY.length - 1, Math.abs(random.nextGaussian()) * 8);
						text.append(VOCABULARY[rank]);
					}
					text.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
				}
				text.append((random.nextInt(10) == 0) ? "\r\n" : "\n");
			}
			Path file = folder.resolve("text-%02d.txt".formatted(f));
			Files.writeString(file, text, StandardCharsets.UTF_8);
			written.add(file);
		}
		return written;
	}

}
