import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The skills benchmark's baseline: seed 002's count_skills as a competent engineer writes
 * it in plain Java, no framework and no library: read the postings (a small RFC 4180
 * reader: quoted fields with commas, quotes and line breaks), lowercase each description,
 * then for every skill count its non-overlapping occurrences with {@code indexOf}, one
 * scan per skill, as Python's {@code description.lower().count(skill.lower())}. Two
 * threads share the descriptions, as the benchmark's machine has two cores. Writes
 * {@code counts.tsv} as the skills job does: count descending, then skill by UTF-8 bytes.
 *
 * <pre>
 * java bench/PlainSkillCount.java &lt;postings.csv&gt; &lt;skills.csv&gt; &lt;out.tsv&gt; [column]
 * </pre>
 */
public class PlainSkillCount {

	private static final int THREADS = 2;

	public static void main(String[] args) throws Exception {
		if (args.length < 3) {
			System.err.println("usage: java bench/PlainSkillCount.java <postings.csv> <skills.csv> <out.tsv> [column]");
			System.exit(2);
		}
		long started = System.nanoTime();
		String column = (args.length > 3) ? args[3] : "Job Description";
		List<String> skills = skills(Path.of(args[1]));
		List<String> descriptions = descriptions(Path.of(args[0]), column);
		long read = System.nanoTime();
		String[] patterns = skills.stream().map(skill -> skill.toLowerCase(Locale.ROOT)).toArray(String[]::new);
		long[][] perThread = new long[THREADS][patterns.length];
		List<Thread> threads = new ArrayList<>();
		for (int t = 0; t < THREADS; t++) {
			int first = t;
			Thread thread = new Thread(() -> {
				for (int d = first; d < descriptions.size(); d += THREADS) {
					String text = descriptions.get(d).toLowerCase(Locale.ROOT);
					for (int s = 0; s < patterns.length; s++) {
						String pattern = patterns[s];
						for (int at = text.indexOf(pattern); at >= 0; at = text.indexOf(pattern, at + pattern.length())) {
							perThread[first][s]++;
						}
					}
				}
			});
			threads.add(thread);
			thread.start();
		}
		for (Thread thread : threads) {
			thread.join();
		}
		write(skills, perThread, Path.of(args[2]));
		System.out.printf(Locale.ROOT, "%d postings, %d skills: read %.2f s, counted %.2f s%n", descriptions.size(),
				skills.size(), (read - started) / 1e9, (System.nanoTime() - read) / 1e9);
	}

	/** The Name column of a CSV file with a header, each skill once. */
	private static List<String> skills(Path file) throws IOException {
		Set<String> names = new LinkedHashSet<>();
		try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			List<String> header = record(in);
			int name = header.indexOf("Name");
			for (List<String> row = record(in); row != null; row = record(in)) {
				if (name < row.size() && !row.get(name).isEmpty()) {
					names.add(row.get(name));
				}
			}
		}
		return new ArrayList<>(names);
	}

	private static List<String> descriptions(Path file, String column) throws IOException {
		List<String> descriptions = new ArrayList<>();
		try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			int index = record(in).indexOf(column);
			for (List<String> row = record(in); row != null; row = record(in)) {
				if (index < row.size()) {
					descriptions.add(row.get(index));
				}
			}
		}
		return descriptions;
	}

	/** The fields of the next record, or null at the end. */
	private static List<String> record(Reader in) throws IOException {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean any = false;
		int c;
		while ((c = in.read()) >= 0) {
			any = true;
			if (quoted) {
				if (c == '"') {
					in.mark(1);
					if (in.read() == '"') {
						field.append('"');
					}
					else {
						in.reset();
						quoted = false;
					}
				}
				else {
					field.append((char) c);
				}
			}
			else if (c == '"' && field.length() == 0) {
				quoted = true;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n') {
				break;
			}
			else if (c != '\r') {
				field.append((char) c);
			}
		}
		if (!any) {
			return null;
		}
		fields.add(field.toString());
		return fields;
	}

	private static void write(List<String> skills, long[][] perThread, Path out) throws IOException {
		Map<String, Long> counts = new TreeMap<>();
		for (int s = 0; s < skills.size(); s++) {
			long total = 0;
			for (long[] counted : perThread) {
				total += counted[s];
			}
			counts.put(skills.get(s), total);
		}
		List<Map.Entry<String, Long>> sorted = new ArrayList<>(counts.entrySet());
		sorted.sort((a, b) -> a.getValue().equals(b.getValue())
				? Arrays.compareUnsigned(a.getKey().getBytes(StandardCharsets.UTF_8), b.getKey().getBytes(StandardCharsets.UTF_8))
				: Long.compare(b.getValue(), a.getValue()));
		try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
			for (Map.Entry<String, Long> entry : sorted) {
				writer.write(entry.getKey() + "\t" + entry.getValue() + "\n");
			}
		}
	}

}
