package dev.nightshift.jobs.skills;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The skills to count, in the order of their file, each once: a {@code .csv} file is read
 * (by Jackson) for its {@code Name} column, as seed 002's {@code Skills.csv}; any other
 * file has one skill per line. A skill is literal text taken as written ({@code C++},
 * {@code .NET} and a leading space all count); empty ones are skipped. A tab or a line
 * break in a skill would break {@code counts.tsv}, so it is refused, naming the file and
 * the entry.
 *
 * @param names distinct skills, the keys of {@code counts.tsv}
 */
record SkillList(List<String> names) {

	static final String NAME_COLUMN = "Name";

	SkillList {
		names = List.copyOf(names);
	}

	static SkillList read(Path file) throws IOException {
		Set<String> names = new LinkedHashSet<>();
		if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
			readCsv(file, names);
		}
		else {
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			for (int i = 0; i < lines.size(); i++) {
				add(names, lines.get(i), file, "line " + (i + 1));
			}
		}
		if (names.isEmpty()) {
			throw new IllegalArgumentException("skills file " + file + " lists no skills");
		}
		return new SkillList(new ArrayList<>(names));
	}

	private static void readCsv(Path file, Set<String> names) throws IOException {
		CsvMapper csv = new CsvMapper();
		try (MappingIterator<Map<String, String>> rows = csv.readerForMapOf(String.class)
			.with(CsvSchema.emptySchema().withHeader())
			.readValues(file.toFile())) {
			int row = 0;
			while (rows.hasNextValue()) {
				Map<String, String> values = rows.nextValue();
				row++;
				if (!values.containsKey(NAME_COLUMN)) {
					throw new IllegalArgumentException("skills file %s has no column '%s' (columns: %s)".formatted(file,
							NAME_COLUMN, String.join(", ", values.keySet())));
				}
				add(names, values.get(NAME_COLUMN), file, "row " + row);
			}
		}
	}

	private static void add(Set<String> names, String name, Path file, String where) {
		if (name == null || name.isEmpty()) {
			return;
		}
		if (name.indexOf('\t') >= 0 || name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0) {
			throw new IllegalArgumentException("skills file %s %s: a skill may not hold a tab or a line break: '%s'"
				.formatted(file, where, name.replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")));
		}
		names.add(name);
	}

	/**
	 * Chunk {@code index} of {@code count}, as seed 002's {@code make_chunks}: chunks of
	 * {@code ceil(n / count)} skills, in order; the last ones may be short or empty.
	 */
	SkillList chunk(int index, int count) {
		int size = (this.names.size() + count - 1) / count;
		int from = Math.min(index * size, this.names.size());
		return new SkillList(this.names.subList(from, Math.min(from + size, this.names.size())));
	}

}
