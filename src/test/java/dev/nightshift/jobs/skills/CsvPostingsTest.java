package dev.nightshift.jobs.skills;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

import dev.nightshift.engine.RecordReader;
import dev.nightshift.engine.Split;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

import static org.assertj.core.api.Assertions.assertThat;

class CsvPostingsTest {

	private static final byte[] MALFORMED = latin1("a,b,c\n", "1,2,3\n", "4,\"x\"junk,6\n", "7,8,9,10\n", "\"multi\n",
			"line\",5,6\n", "\n", "11,12\n", "bad\u00ff,1,2\n", "13,\"open\n", "14,15,16\n");

	private static final List<String> MALFORMED_ROWS = List.of("2 [1, 2, 3]", "5 [multi\nline, 5, 6]", "8 [11, 12]");

	private static final List<String> MALFORMED_REJECTS = List.of(
			"3 Unexpected character ('j' (code 106)): Expected column separator character (',' (code 44)) or end-of-line | 4,\"x\"junk,6",
			"4 4 fields, the header has 3 | 7,8,9,10",
			"9 Invalid UTF-8 start byte 0xff: check content encoding, does not look like UTF-8 | bad\ufffd,1,2",
			"10 Missing closing quote for value | 13,\"open\n14,15,16");

	private final CsvPostings format = new CsvPostings();

	@TempDir
	Path temp;

	@ParameterizedTest(name = "split size {0}")
	@ValueSource(longs = { 1, 7, 100, 1000, 1 << 30 })
	void splitsStartAtRecordStartsSoEveryRecordIsReadOnceOnItsLine(long splitSize) throws Exception {
		List<String> expected = new ArrayList<>();
		Path file = Files.write(this.temp.resolve("postings.csv"), tricky(new SplittableRandom(2), 300, expected));

		Read read = read(file, splitSize);

		assertThat(read.rows()).containsExactlyElementsOf(expected);
		assertThat(read.rejects()).isEmpty();
		assertThat(values(read.rows())).containsExactlyElementsOf(jacksonRows(file));
		if (splitSize < 1000) {
			assertThat(read.splits()).isGreaterThan(50);
		}
	}

	@ParameterizedTest(name = "split size {0}")
	@ValueSource(longs = { 1, 12, 1 << 30 })
	void malformedRecordsAreRejectedWithTheirLineAndTheRestIsRead(long splitSize) throws Exception {
		Path file = Files.write(this.temp.resolve("bad.csv"), MALFORMED);

		Read read = read(file, splitSize);

		assertThat(read.rows()).containsExactlyElementsOf(MALFORMED_ROWS);
		assertThat(read.rejects()).containsExactlyElementsOf(MALFORMED_REJECTS);
	}

	@Test
	void aGzippedFileIsOneSplitReadAlikeAndATruncatedOneKeepsWhatCameBefore() throws Exception {
		Path file = this.temp.resolve("bad.csv.gz");
		try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
			out.write(MALFORMED);
		}
		byte[] whole = Files.readAllBytes(file);
		Path truncated = Files.write(this.temp.resolve("cut.csv.gz"), Arrays.copyOf(whole, whole.length - 12));

		Read read = read(file, 1);
		Read cut = read(truncated, 1);

		assertThat(read.splits()).isOne();
		assertThat(read.rows()).containsExactlyElementsOf(MALFORMED_ROWS);
		assertThat(read.rejects()).containsExactlyElementsOf(MALFORMED_REJECTS);
		assertThat(cut.rows()).containsExactlyElementsOf(MALFORMED_ROWS);
		assertThat(cut.rejects().get(cut.rejects().size() - 1))
			.isEqualTo("10 truncated or corrupt gzip: Unexpected end of ZLIB input stream | null");
	}

	@Test
	void anEmptyFileIsOneRejectedRecordAndAHeaderAloneHasNoRows() throws Exception {
		Path empty = Files.write(this.temp.resolve("empty.csv"), new byte[0]);
		Path header = Files.write(this.temp.resolve("header.csv"), bytes("\ufeffa,\"b\"\r\n", "\r\n"));

		Read none = read(empty, 100);

		assertThat(none.splits()).isOne();
		assertThat(none.rejects()).containsExactly("1 no header row: the file is empty | null");
		assertThat(read(header, 100).rows()).isEmpty();
		try (RecordReader<CsvRow> reader = this.format.open(new Split(header, 0, Files.size(header)))) {
			assertThat(reader.next()).isFalse();
			assertThat(reader.current().header()).containsExactly("a", "b");
		}
	}

	@Test
	void aCarriageReturnAloneEndsARowForJacksonSoTheRecordIsRejected() throws Exception {
		Path file = Files.write(this.temp.resolve("cr.csv"), bytes("a,b\r\n", "1,2\r3,4\n", "5,6\r\n"));

		Read read = read(file, 1 << 20);

		assertThat(read.rows()).containsExactly("3 [5, 6]");
		assertThat(read.rejects())
			.containsExactly("2 more than one row: a carriage return without a line feed ends a row | 1,2\r3,4");
	}

	/** Records of every tricky kind, with the lines they start on in {@code expected}. */
	static byte[] tricky(SplittableRandom random, int rows, List<String> expected) {
		StringBuilder csv = new StringBuilder("title,\"Job Description\",rating\n");
		int line = 2;
		String[] pieces = { "plain", "with, comma", "with \"quotes\"", "5\" screen", "two\nlines",
				"three\r\nCRLF\nlines", "", "ünïcödé 東京", "trailing space ", "\"\"" };
		for (int row = 0; row < rows; row++) {
			if (random.nextInt(10) == 0) {
				csv.append(random.nextBoolean() ? "\n" : "\r\n");
				line++;
			}
			List<String> values = new ArrayList<>();
			StringBuilder record = new StringBuilder();
			for (int field = 0; field < 3; field++) {
				String value = pieces[random.nextInt(pieces.length)] + row;
				boolean quote = value.contains(",") || value.contains("\n") || value.startsWith("\"")
						|| random.nextInt(3) == 0;
				record.append((field > 0) ? "," : "").append(quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value);
				values.add(value.replace("\r\n", "\n").replace("\r", "\n"));
			}
			csv.append(record).append(random.nextBoolean() ? "\n" : "\r\n");
			expected.add(line + " " + values);
			line += (int) record.chars().filter(c -> c == '\n').count() + 1;
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** Every split of the file read, with what was rejected as "line reason | record". */
	private Read read(Path file, long splitSize) throws IOException {
		List<Split> splits = this.format.split(file, Files.size(file), splitSize);
		List<String> rows = new ArrayList<>();
		List<String> rejects = new ArrayList<>();
		for (Split split : splits) {
			try (RecordReader<CsvRow> reader = this.format.open(split,
					(line, reason, record) -> rejects.add(line + " " + reason + " | " + record))) {
				while (reader.next()) {
					CsvRow row = reader.current();
					List<String> values = new ArrayList<>();
					for (int i = 0; i < row.size(); i++) {
						values.add(row.get(i).replace("\r\n", "\n").replace("\r", "\n"));
					}
					rows.add(row.line() + " " + values);
				}
			}
		}
		return new Read(splits.size(), rows, rejects);
	}

	private static List<String> values(List<String> rows) {
		return rows.stream().map(row -> row.substring(row.indexOf(' ') + 1)).toList();
	}

	/** The whole file read by Jackson alone, header left out. */
	private static List<String> jacksonRows(Path file) throws IOException {
		CsvMapper csv = CsvMapper.builder()
			.enable(CsvReadFeature.WRAP_AS_ARRAY)
			.enable(CsvReadFeature.SKIP_EMPTY_LINES)
			.build();
		List<String> rows = new ArrayList<>();
		try (MappingIterator<List<String>> iterator = csv.readerForListOf(String.class).readValues(file.toFile())) {
			iterator.next();
			while (iterator.hasNext()) {
				rows.add(iterator.next().stream().map(value -> value.replace("\r\n", "\n")).toList().toString());
			}
		}
		return rows;
	}

	private static byte[] bytes(String... lines) {
		return String.join("", lines).getBytes(StandardCharsets.UTF_8);
	}

	/** Each char one byte: {@code \u00ff} is the invalid UTF-8 byte 0xFF. */
	private static byte[] latin1(String... lines) {
		return String.join("", lines).getBytes(StandardCharsets.ISO_8859_1);
	}

	private record Read(int splits, List<String> rows, List<String> rejects) {
	}

}
