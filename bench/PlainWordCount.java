import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The benchmark's baseline: word count as a competent engineer writes it in twenty
 * minutes with plain Java, two threads and no framework. Same rules as the wordcount job
 * (seed 000): delete the 32 ASCII punctuation characters of Python's
 * {@code string.punctuation}, split on whitespace, count, sort by count descending then
 * word ascending by code point (the order of UTF-8 bytes, which the framework sorts by).
 * Files are shared between the threads through a counter, so one huge file would keep
 * only one thread busy; the benchmark data is 8 files.
 *
 * <pre>
 * java bench/PlainWordCount.java &lt;file-or-folder&gt; &lt;out.tsv&gt;
 * </pre>
 */
public class PlainWordCount {

	private static final int THREADS = 2;

	private static final boolean[] PUNCTUATION = new boolean[128];

	static {
		for (char c : "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".toCharArray()) {
			PUNCTUATION[c] = true;
		}
	}

	public static void main(String[] args) throws Exception {
		if (args.length != 2) {
			System.err.println("usage: java bench/PlainWordCount.java <file-or-folder> <out.tsv>");
			System.exit(2);
		}
		long started = System.nanoTime();
		List<Path> files = listFiles(Path.of(args[0]));
		AtomicInteger next = new AtomicInteger();
		List<Map<String, Long>> perThread = new ArrayList<>();
		List<Thread> threads = new ArrayList<>();
		for (int t = 0; t < THREADS; t++) {
			Map<String, Long> counts = new HashMap<>();
			perThread.add(counts);
			Thread thread = new Thread(() -> {
				for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
					countFile(files.get(i), counts);
				}
			});
			threads.add(thread);
			thread.start();
		}
		for (Thread thread : threads) {
			thread.join();
		}
		Map<String, Long> total = perThread.get(0);
		for (Map<String, Long> counts : perThread.subList(1, perThread.size())) {
			counts.forEach((word, count) -> total.merge(word, count, Long::sum));
		}
		List<Map.Entry<String, Long>> sorted = new ArrayList<>(total.entrySet());
		sorted.sort((a, b) -> (a.getValue().equals(b.getValue())) ? compareCodePoints(a.getKey(), b.getKey())
				: Long.compare(b.getValue(), a.getValue()));
		long words = 0;
		try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
			for (Map.Entry<String, Long> entry : sorted) {
				out.write(entry.getKey());
				out.write('\t');
				out.write(Long.toString(entry.getValue()));
				out.write('\n');
				words += entry.getValue();
			}
		}
		System.err.printf("%d files, %d words, %d distinct, %.2f s%n", files.size(), words, sorted.size(),
				(System.nanoTime() - started) / 1e9);
	}

	/**
	 * A file, or every file under a folder except names starting with '.' or '_', as the
	 * framework does.
	 */
	static List<Path> listFiles(Path input) throws IOException {
		if (Files.isRegularFile(input)) {
			return List.of(input);
		}
		try (Stream<Path> paths = Files.walk(input)) {
			return paths.filter(Files::isRegularFile).filter(path -> {
				for (Path part : input.relativize(path)) {
					if (part.toString().startsWith(".") || part.toString().startsWith("_")) {
						return false;
					}
				}
				return true;
			}).sorted().toList();
		}
	}

	static void countFile(Path file, Map<String, Long> counts) {
		StringBuilder word = new StringBuilder();
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			String line;
			while ((line = reader.readLine()) != null) {
				for (int i = 0; i < line.length(); i++) {
					char c = line.charAt(i);
					if (c < 128 && PUNCTUATION[c]) {
						continue;
					}
					if (Character.isWhitespace(c)) {
						addWord(word, counts);
					}
					else {
						word.append(c);
					}
				}
				addWord(word, counts);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void addWord(StringBuilder word, Map<String, Long> counts) {
		if (word.length() > 0) {
			counts.merge(word.toString(), 1L, Long::sum);
			word.setLength(0);
		}
	}

	/**
	 * String.compareTo compares UTF-16 units and so sorts emoji (surrogate pairs) before
	 * U+E000..U+FFFF; code points, like UTF-8 bytes, sort them after.
	 */
	static int compareCodePoints(String a, String b) {
		int i = 0;
		int j = 0;
		while (i < a.length() && j < b.length()) {
			int ca = a.codePointAt(i);
			int cb = b.codePointAt(j);
			if (ca != cb) {
				return Integer.compare(ca, cb);
			}
			i += Character.charCount(ca);
			j += Character.charCount(cb);
		}
		return Integer.compare(a.length() - i, b.length() - j);
	}

}
