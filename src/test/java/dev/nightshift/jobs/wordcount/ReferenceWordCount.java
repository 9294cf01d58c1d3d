package dev.nightshift.jobs.wordcount;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An independent word count, written plainly on Strings and code points the way the
 * seed's Python does it: {@code text.translate(punctuation → None).split()}, then sorted
 * by count descending and UTF-8 bytes ascending. Shares no code with the job.
 */
final class ReferenceWordCount {

	private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

	/** Code points for which Python's str.isspace() is true. */
	private static final Set<Integer> PYTHON_SPACE = Set.of(0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x1F, 0x20,
			0x85, 0xA0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200A,
			0x2028, 0x2029, 0x202F, 0x205F, 0x3000);

	private ReferenceWordCount() {
	}

	static Map<String, Long> count(List<Path> files, boolean lowercase) throws IOException {
		Map<String, Long> counts = new HashMap<>();
		for (Path file : files) {
			String text = Files.readString(file, StandardCharsets.UTF_8);
			StringBuilder word = new StringBuilder();
			text.codePoints().forEach(codePoint -> {
				if (PYTHON_SPACE.contains(codePoint)) {
					flush(word, counts, lowercase);
				}
				else if (codePoint > 127 || PUNCTUATION.indexOf(codePoint) < 0) {
					word.appendCodePoint(codePoint);
				}
			});
			flush(word, counts, lowercase);
		}
		return counts;
	}

	private static void flush(StringBuilder word, Map<String, Long> counts, boolean lowercase) {
		if (word.length() > 0) {
			String text = lowercase ? word.toString().toLowerCase(java.util.Locale.ROOT) : word.toString();
			counts.merge(text, 1L, Long::sum);
			word.setLength(0);
		}
	}

	/** counts.tsv as the job must write it. */
	static String tsv(Map<String, Long> counts) {
		List<Map.Entry<String, Long>> entries = new ArrayList<>(counts.entrySet());
		entries.sort((a, b) -> {
			int byCount = Long.compare(b.getValue(), a.getValue());
			return (byCount != 0) ? byCount : java.util.Arrays.compareUnsigned(
					a.getKey().getBytes(StandardCharsets.UTF_8), b.getKey().getBytes(StandardCharsets.UTF_8));
		});
		StringBuilder tsv = new StringBuilder();
		entries.forEach(entry -> tsv.append(entry.getKey()).append('\t').append(entry.getValue()).append('\n'));
		return tsv.toString();
	}

}
