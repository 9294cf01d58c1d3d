package dev.nightshift.jobs.skills;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The skills job's output computed plainly: each whole file read by Jackson alone, every
 * description lowercased and searched once per skill with {@code indexOf}, as Python's
 * {@code description.lower().count(skill.lower())}.
 */
final class ReferenceSkillCount {

	private ReferenceSkillCount() {
	}

	static String tsv(List<Path> postings, Path skills, String column) throws IOException {
		Map<String, Long> counts = new LinkedHashMap<>();
		List<String> names = SkillList.read(skills).names();
		names.forEach(name -> counts.put(name, 0L));
		CsvMapper csv = new CsvMapper();
		for (Path file : postings) {
			try (MappingIterator<Map<String, String>> rows = csv.readerForMapOf(String.class)
				.with(CsvSchema.emptySchema().withHeader())
				.readValues(file.toFile())) {
				while (rows.hasNextValue()) {
					String description = rows.nextValue().getOrDefault(column, "");
					String lower = ((description != null) ? description : "").toLowerCase(Locale.ROOT);
					for (String name : names) {
						counts.merge(name, SkillMatcherTest.indexOfCount(lower, name.toLowerCase(Locale.ROOT)),
								Long::sum);
					}
				}
			}
		}
		return counts.entrySet()
			.stream()
			.sorted((a, b) -> (a.getValue().equals(b.getValue()))
					? Arrays.compareUnsigned(bytes(a.getKey()), bytes(b.getKey()))
					: Long.compare(b.getValue(), a.getValue()))
			.map(entry -> entry.getKey() + "\t" + entry.getValue() + "\n")
			.collect(Collectors.joining());
	}

	private static byte[] bytes(String text) {
		return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

}
