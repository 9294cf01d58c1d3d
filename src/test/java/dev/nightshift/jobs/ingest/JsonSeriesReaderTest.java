package dev.nightshift.jobs.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import dev.nightshift.store.SeriesFrame;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonSeriesReaderTest {

	private static final ObjectMapper TREE = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private final List<String> rejects = new ArrayList<>();

	private final RejectSink sink = (line, reason, record, offset, length) -> this.rejects.add(line + ": " + reason
			+ ((record != null) ? " | " + new String(record, offset, length, StandardCharsets.UTF_8) : ""));

	@Test
	void jsonLinesBecomeColumnsWithIntegersAsInt64AndTheRestAsFloat64() throws IOException {
		JsonSeriesReader reader = read("""
				{"date":"2024-01-02","open":10.5,"close":11,"volume":1200,"ticker":"ABC"}
				{"date":"2024-01-03","open":11.25,"close":10.75,"volume":900,"ticker":"ABC"}
				""");
		assertThat(this.rejects).isEmpty();
		assertThat(reader.read()).isEqualTo(2);
		assertThat(reader.times()).containsExactly(nanos("2024-01-02T00:00:00Z"), nanos("2024-01-03T00:00:00Z"));
		List<SeriesFrame.Column> columns = columns(reader);
		assertThat(columns).extracting(SeriesFrame.Column::name).containsExactly("open", "close", "volume");
		assertThat(columns.get(0).doubles()).containsExactly(10.5, 11.25);
		assertThat(columns.get(1).doubles()).as("11 and 10.75: float64, as pandas").containsExactly(11.0, 10.75);
		assertThat(columns.get(2).longs()).containsExactly(1200L, 900L);
	}

	@Test
	void everyBadRecordIsRejectedWithItsLineAndReasonAndTheOthersKept() throws IOException {
		JsonSeriesReader reader = read("""
				{"date":"2024-01-02","close":1.5}
				{"date":"2024-01-03","close":

				{"close":2.5}
				{"date":"yesterday","close":2.5}
				{"date":"2024-01-05","close":"n/a"}
				{"date":"2024-01-06","close":3.5} trailing
				[1,2]
				{"date":"2024-01-08","close":{"value":1}}
				{"date":"2024-01-09","close":4.5}
				""");
		assertThat(this.rejects).containsExactly(
				"2: malformed JSON: Unexpected end-of-input within/between Object entries | {\"date\":\"2024-01-03\",\"close\":",
				"4: no time field 'date' | {\"close\":2.5}",
				"5: time field 'date': cannot read the string \"yesterday\" as an ISO date or date-time, or epoch seconds or milliseconds | {\"date\":\"yesterday\",\"close\":2.5}",
				"6: field 'close': expected a number, found the string \"n/a\" | {\"date\":\"2024-01-05\",\"close\":\"n/a\"}",
				"7: malformed JSON: Unrecognized token 'trailing': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false') | {\"date\":\"2024-01-06\",\"close\":3.5} trailing",
				"8: expected a JSON object | [1,2]",
				"9: field 'close': expected a number, found an object | {\"date\":\"2024-01-08\",\"close\":{\"value\":1}}");
		assertThat(reader.read()).as("the blank line is no record").isEqualTo(9);
		assertThat(reader.accepted()).isEqualTo(2);
		assertThat(columns(reader).get(0).doubles()).containsExactly(1.5, 4.5);
	}

	@Test
	void invalidUtf8RejectsTheRecordNotTheFile() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes("{\"date\":\"2024-01-02\",\"close\":1}\n{\"date\":\"2024-01-03\",\"note\":\""
			.getBytes(StandardCharsets.UTF_8));
		bytes.writeBytes(new byte[] { (byte) 0xC3, (byte) 0x28 });
		bytes.writeBytes("\",\"close\":2}\n{\"date\":\"2024-01-04\",\"close\":3}\n".getBytes(StandardCharsets.UTF_8));
		JsonSeriesReader reader = read(bytes.toByteArray());
		assertThat(this.rejects).singleElement().asString().startsWith("2: malformed JSON: Invalid UTF-8");
		assertThat(reader.accepted()).isEqualTo(2);
		assertThat(columns(reader).get(0).longs()).containsExactly(1L, 3L);
	}

	@Test
	void anEmptyFileIsOneRejectedRecord() throws IOException {
		JsonSeriesReader reader = read("\n  \n");
		assertThat(reader.read()).isEqualTo(1);
		assertThat(reader.accepted()).isZero();
		assertThat(this.rejects).containsExactly("1: the file holds no records");
	}

	@Test
	void aTruncatedGzipKeepsTheRecordsBeforeTheCutAndRejectsTheRest() throws IOException {
		StringBuilder text = new StringBuilder();
		for (int day = 1; day <= 28; day++) {
			text.append("{\"date\":\"2024-02-%02d\",\"close\":%d.5,\"pad\":\"%s\"}\n".formatted(day, day,
					"x".repeat(day * 97 % 50)));
		}
		byte[] gzip = gzip(text.toString().getBytes(StandardCharsets.UTF_8));
		byte[] truncated = Arrays.copyOf(gzip, gzip.length * 2 / 3);

		JsonSeriesReader whole = read(gzip);
		assertThat(whole.accepted()).isEqualTo(28);
		assertThat(this.rejects).isEmpty();

		JsonSeriesReader cut = read(truncated);
		assertThat(cut.accepted()).isBetween(1, 27);
		assertThat(cut.read()).isEqualTo(cut.accepted() + 1);
		assertThat(this.rejects).singleElement()
			.asString()
			.startsWith((cut.accepted() + 1) + ": the gzip data is truncated or corrupt after line " + cut.accepted());
	}

	@Test
	void aSingleJsonArrayIsReadToo() throws IOException {
		JsonSeriesReader reader = read("""
				[
				  {"date":"2024-01-02","close":1.5},
				  "not an object",
				  {"date":"2024-01-03","close":2.5}
				]
				""");
		assertThat(reader.accepted()).isEqualTo(2);
		assertThat(reader.read()).isEqualTo(3);
		assertThat(this.rejects).containsExactly("3: expected a JSON object");
	}

	@Test
	void aSyntaxErrorInAnArrayRejectsTheRestAtItsLine() throws IOException {
		JsonSeriesReader reader = read("""
				[{"date":"2024-01-02","close":1.5},
				 {"date":"2024-01-03","close":2.5,},
				 {"date":"2024-01-04","close":3.5}]
				""");
		assertThat(reader.accepted()).isEqualTo(1);
		assertThat(reader.read()).isEqualTo(2);
		assertThat(this.rejects).singleElement()
			.asString()
			.startsWith("2: malformed JSON: ")
			.endsWith("the rest of the array cannot be read");
	}

	@Test
	void timesInEveryAcceptedFormat() throws IOException {
		JsonSeriesReader reader = read("""
				{"date":"2024-03-01","x":1}
				{"date":"2024-03-01T10:15:30Z","x":1}
				{"date":"2024-03-01T10:15:30+02:00","x":1}
				{"date":"2024-03-01T10:15:30.123456789","x":1}
				{"date":"2024-03-01 10:15:30","x":1}
				{"date":1709288130,"x":1}
				{"date":1709288130123,"x":1}
				{"date":1709288130.5,"x":1}
				""");
		assertThat(this.rejects).isEmpty();
		assertThat(reader.times()).containsExactly(nanos("2024-03-01T00:00:00Z"), nanos("2024-03-01T10:15:30Z"),
				nanos("2024-03-01T08:15:30Z"), nanos("2024-03-01T10:15:30.123456789Z"), nanos("2024-03-01T10:15:30Z"),
				nanos("2024-03-01T10:15:30Z"), nanos("2024-03-01T10:15:30.123Z"), nanos("2024-03-01T10:15:30.5Z"));
	}

	@Test
	void aFieldSeenLateOrMissingOrNullIsFloatWithNaNAndTextFieldsAreNoColumns() throws IOException {
		JsonSeriesReader reader = read("""
				{"date":"2024-01-02","a":1,"name":"x"}
				{"date":"2024-01-03","a":2,"b":5,"name":"y"}
				{"date":"2024-01-04","b":6,"c":null}
				{"date":"2024-01-05","a":4,"b":7,"c":9}
				""");
		assertThat(this.rejects).isEmpty();
		List<SeriesFrame.Column> columns = columns(reader);
		assertThat(columns).extracting(SeriesFrame.Column::name).containsExactly("a", "b", "c");
		assertThat(columns.get(0).doubles()).containsExactly(1.0, 2.0, Double.NaN, 4.0);
		assertThat(columns.get(1).doubles()).containsExactly(Double.NaN, 5.0, 6.0, 7.0);
		assertThat(columns.get(2).doubles()).containsExactly(Double.NaN, Double.NaN, Double.NaN, 9.0);
	}

	@Test
	void aColumnThatOnlyARejectedRecordBroughtIsDropped() throws IOException {
		JsonSeriesReader reader = read("""
				{"date":"2024-01-02","a":1}
				{"date":"bad","a":2,"z":3}
				{"date":"2024-01-04","a":3}
				""");
		assertThat(columns(reader)).extracting(SeriesFrame.Column::name).containsExactly("a");
		assertThat(columns(reader).get(0).longs()).containsExactly(1L, 3L);
	}

	@Test
	void requestedFieldsOnlyInTheirOrder() throws IOException {
		JsonSeriesReader reader = new JsonSeriesReader("t", List.of("close", "open"), this.sink);
		reader.read(stream("""
				{"t":"2024-01-02","open":1,"close":2,"volume":3}
				{"t":"2024-01-03","open":4,"close":5,"volume":6}
				"""));
		assertThat(columns(reader)).extracting(SeriesFrame.Column::name).containsExactly("close", "open");
		assertThat(columns(reader).get(0).longs()).containsExactly(2L, 5L);
	}

	@Test
	void moreRejectsThanTheSkipLimitFailNamingFileLineAndReason(
			@org.junit.jupiter.api.io.TempDir java.nio.file.Path temp) {
		java.nio.file.Path source = temp.resolve("ABC.json");
		RejectsFile limited = new RejectsFile(source, temp.resolve("_rejects"), 1);
		JsonSeriesReader reader = new JsonSeriesReader("date", List.of(), limited);
		assertThatThrownBy(() -> reader.read(stream("""
				{"date":"2024-01-02","close":1}
				{"date":"x","close":2}
				{"date":"2024-01-04","close":3}
				{"close":4}
				"""))).isInstanceOf(RejectLimitExceededException.class)
			.hasMessage(
					source + " line 4: no time field 'date' (2 record(s) of this file rejected, skip-limit=1; all in "
							+ temp.resolve("_rejects/ABC.json.jsonl") + ")");
		assertThat(temp.resolve("_rejects/ABC.json.jsonl")).content()
			.hasLineCount(2)
			.contains("\"line\":2", "\"line\":4");
	}

	/**
	 * Lines go through one parser per buffer: every kind of line a buffer can hold or
	 * split, checked against a plain per-line verdict of Jackson's tree model.
	 */
	@Test
	void aLongFileMixingGoodAndBadLinesReadsAsEachLineAlone() throws IOException {
		Random random = new Random(7);
		StringBuilder text = new StringBuilder();
		List<Double> expectedCloses = new ArrayList<>();
		List<Long> expectedRejectLines = new ArrayList<>();
		long records = 0;
		for (int line = 1; line <= 20_000; line++) {
			String date = LocalDate.of(2000, 1, 1).plusDays(line).toString();
			double close = line + 0.25;
			String content = switch (random.nextInt(12)) {
				case 0 -> "";
				case 1 -> "  \r";
				case 2 -> "{\"date\":\"%s\",\"close\":%s".formatted(date, close);
				case 3 -> "{\"date\":\"%s\",\"close\":%s}{\"date\":\"%s\"}".formatted(date, close, date);
				case 4 -> "{\"date\":\"%s\",".formatted(date);
				case 5 -> "\"close\":%s}".formatted(close);
				case 6 -> "{\"date\":\"%s\",\"close\":%s,\"note\":\"%s\"}".formatted(date, close,
						"n".repeat((random.nextInt(50) == 0) ? 70_000 : 10));
				case 7 -> "\uFEFF{\"date\":\"%s\",\"close\":%s}".formatted(date, close);
				case 8 -> "{\"date\":\"%s\",\"close\":\"%s\"}".formatted(date, close);
				default -> " {\"date\":\"%s\", \"close\":%s}\t\r".formatted(date, close);
			};
			text.append(content).append('\n');
			String json = content.strip().replace("\uFEFF", "");
			if (json.isEmpty()) {
				continue;
			}
			records++;
			JsonNode node = null;
			try {
				node = TREE.readTree(json);
			}
			catch (JacksonException ex) {
				// rejected below
			}
			if (node != null && node.isObject() && node.path("close").isNumber()) {
				expectedCloses.add(node.get("close").doubleValue());
			}
			else {
				expectedRejectLines.add((long) line);
			}
		}
		this.rejects.clear();
		JsonSeriesReader reader = new JsonSeriesReader("date", List.of("close"), this.sink);
		reader.read(stream(text.toString()));
		assertThat(reader.read()).isEqualTo(records);
		assertThat(this.rejects).extracting(reject -> Long.parseLong(reject.substring(0, reject.indexOf(':'))))
			.containsExactlyElementsOf(expectedRejectLines);
		assertThat(columns(reader).get(0).doubles())
			.containsExactly(expectedCloses.stream().mapToDouble(Double::doubleValue).toArray());
	}

	@Test
	void timeOrderSortsStablyAndKeepsTheLastRecordOfATimestamp() {
		TimeOrder order = TimeOrder.of(new long[] { 30, 10, 20, 10, 30, 5 });
		assertThat(order.times()).containsExactly(5, 10, 20, 30);
		assertThat(order.rows()).containsExactly(5, 3, 2, 4);
		assertThat(order.duplicates()).isEqualTo(2);
		assertThat(TimeOrder.of(new long[] { 1, 2, 2, 3 }).rows()).containsExactly(0, 2, 3);
	}

	private JsonSeriesReader read(String text) throws IOException {
		return read(text.getBytes(StandardCharsets.UTF_8));
	}

	private JsonSeriesReader read(byte[] bytes) throws IOException {
		this.rejects.clear();
		JsonSeriesReader reader = new JsonSeriesReader("date", List.of(), this.sink);
		reader.read(new ByteArrayInputStream(bytes));
		return reader;
	}

	private static ByteArrayInputStream stream(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	private static List<SeriesFrame.Column> columns(JsonSeriesReader reader) {
		int[] all = new int[reader.accepted()];
		Arrays.setAll(all, i -> i);
		return reader.columns().stream().map(column -> column.column(all)).toList();
	}

	private static long nanos(String instant) {
		Instant parsed = Instant.parse(instant);
		return parsed.getEpochSecond() * 1_000_000_000L + parsed.getNano();
	}

	private static byte[] gzip(byte[] data) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(data);
		}
		return out.toByteArray();
	}

}
