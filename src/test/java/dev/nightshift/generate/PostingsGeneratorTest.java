package dev.nightshift.generate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

import static org.assertj.core.api.Assertions.assertThat;

class PostingsGeneratorTest {

	@TempDir
	Path temp;

	@Test
	void theSameSeedGivesTheSameBytesAndJacksonReadsEveryRow() throws Exception {
		PostingsGenerator.Written first = new PostingsGenerator(3).generate(this.temp.resolve("a"), 300, 200);
		PostingsGenerator.Written again = new PostingsGenerator(3).generate(this.temp.resolve("b"), 300, 200);
		PostingsGenerator.Written other = new PostingsGenerator(4).generate(this.temp.resolve("c"), 300, 200);

		assertThat(Files.mismatch(first.postings(), again.postings())).isEqualTo(-1);
		assertThat(Files.mismatch(first.skills(), again.skills())).isEqualTo(-1);
		assertThat(Files.mismatch(first.postings(), other.postings())).isNotEqualTo(-1);
		List<Map<String, String>> rows = rows(first.postings());
		assertThat(rows).hasSize(300).allSatisfy(row -> assertThat(row).containsOnlyKeys(PostingsGenerator.COLUMNS));
		double averageBytes = (double) first.bytes() / rows.size();
		assertThat(averageBytes).isBetween(2000.0, 3200.0);
		assertThat(rows).extracting(row -> row.get("Job Description"))
			.allMatch(description -> description.contains("\n") && description.contains("\""))
			.anyMatch(description -> description.contains(","));
	}

	@Test
	void theSkillsBeginWithRealOnesAndAreDistinct() throws Exception {
		PostingsGenerator.Written written = new PostingsGenerator(1).generate(this.temp, 0, 500);

		List<String> names = rows(written.skills()).stream().map(row -> row.get("Name")).toList();

		assertThat(names).hasSize(500).doesNotHaveDuplicates().startsWith(SkillNames.REAL.toArray(String[]::new));
		assertThat(names).contains("C++", "C#", ".NET", "R");
		assertThat(rows(written.postings())).isEmpty();
	}

	private static List<Map<String, String>> rows(Path file) throws Exception {
		try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
			.with(CsvSchema.emptySchema().withHeader())
			.readValues(file.toFile())) {
			return rows.readAll();
		}
	}

}
