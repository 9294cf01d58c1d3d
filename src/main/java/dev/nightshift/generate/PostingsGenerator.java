package dev.nightshift.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.BufferedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Job postings for the skills job, byte-identical for the same seed, rows and skills:
 * {@code postings.csv} (as seed 002's {@code DataEngineer.csv}: {@code Job Title},
 * {@code Salary Estimate}, {@code Job Description}, {@code Rating}, {@code Company Name},
 * {@code Location}) and {@code skills.csv} (a {@code Name} column). A description is
 * about 2.5 KB of paragraphs and bullet lists, so its quoted field holds line breaks,
 * commas and doubled quotes; it names skills drawn with Zipf weights (a few are
 * everywhere, most are rare), written as listed, lowercase or uppercase, inside filler
 * prose where one-letter skills such as {@code R} also occur inside words, as they do for
 * {@code str.count}. Each row has its own random stream.
 *
 * <pre>{@code
 * PostingsGenerator.Written written = new PostingsGenerator(1).generate(Path.of("/tmp/postings"), 80_000, 500);
 * }</pre>
 */
public final class PostingsGenerator {

	public static final String POSTINGS = "postings.csv";

	public static final String SKILLS = "skills.csv";

	public static final int MAX_SKILLS = 100_000;

	static final List<String> COLUMNS = List.of("Job Title", "Salary Estimate", "Job Description", "Rating",
			"Company Name", "Location");

	private final long seed;

	private final Vocabulary vocabulary;

	public PostingsGenerator(long seed) {
		this.seed = seed;
		this.vocabulary = Vocabulary.build(seed, 50_000);
	}

	/** What {@link #generate} wrote. */
	public record Written(Path postings, Path skills, int rows, long bytes) {
	}

	public Written generate(Path outDir, int rows, int skills) throws IOException {
		if (rows < 0 || skills < 1 || skills > MAX_SKILLS) {
			throw new IllegalArgumentException(
					"rows must not be negative and skills from 1 to %d, got rows=%d, skills=%d".formatted(MAX_SKILLS,
							rows, skills));
		}
		Files.createDirectories(outDir);
		List<String> names = SkillNames.first(skills, this.vocabulary, new SplittableRandom(this.seed));
		CsvMapper csv = new CsvMapper();
		Path skillsFile = outDir.resolve(SKILLS);
		try (SequenceWriter writer = csv.writer(CsvSchema.builder().addColumn("Name").build().withHeader())
			.writeValues(skillsFile.toFile())) {
			for (String name : names) {
				writer.write(List.of(name));
			}
		}
		Path postings = outDir.resolve(POSTINGS);
		CsvSchema schema = CsvSchema.builder().addColumns(COLUMNS, CsvSchema.ColumnType.STRING).build().withHeader();
		PostingWriter posting = new PostingWriter(names, this.vocabulary);
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(postings), 1 << 20);
				SequenceWriter writer = csv.writer(schema).writeValues(out)) {
			for (int row = 0; row < rows; row++) {
				writer.write(posting.row(new SplittableRandom(this.seed ^ (0x9E3779B97F4A7C15L * (row + 1)))));
			}
		}
		return new Written(postings, skillsFile, rows, Files.size(postings));
	}

}
