package dev.nightshift.jobs.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

import dev.nightshift.definition.JobDefinitions;
import dev.nightshift.store.PandasStoreReader;
import dev.nightshift.store.Python;
import dev.nightshift.store.SeriesFrame;
import dev.nightshift.support.TestHome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static dev.nightshift.support.ExecutionAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

@SpringBootTest
class IngestJobTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@DynamicPropertySource
	static void home(DynamicPropertyRegistry registry) {
		TestHome.create(registry, "ingest");
	}

	@Autowired
	JobOperator operator;

	@Autowired
	JobDefinitions definitions;

	@Autowired
	Job ingest;

	@TempDir
	Path temp;

	@Test
	void everyFileBecomesAStoreEqualToItsRecordsSortedWithoutDuplicatesAndTheCatalogAddsUp() throws Exception {
		Path input = Files.createDirectories(this.temp.resolve("in"));
		Files.writeString(input.resolve("AAA.json"), """
				{"date":"2024-01-03","open":2.5,"close":2.75,"volume":300}
				{"date":"2024-01-02","open":1.5,"close":1.75,"volume":200}
				{"date":"2024-01-03","open":3.5,"close":3.75,"volume":400}
				{"date":"2024-01-04","open":4.5,"close":4.75,"volume":500}
				""");
		gzip(input.resolve("BBB.jsonl.gz"), """
				{"date":"2023-12-29T00:00:00Z","open":7.0,"close":7.25,"volume":10}
				{"date":"2024-01-02T00:00:00Z","open":8.0,"close":8.25,"volume":20}
				""");
		Files.writeString(input.resolve("CCC.ndjson"), """
				[{"date":1704153600,"open":1,"close":2,"volume":3},
				 {"date":1704240000,"open":4,"close":5.5,"volume":6}]
				""");
		Files.writeString(input.resolve("notes.txt"), "not an input");
		Path output = this.temp.resolve("out");

		JobExecution execution = this.operator.start(this.ingest, parameters(input, output, Map.of()));

		assertThat(execution).hasStatus(BatchStatus.COMPLETED);
		for (String name : List.of("AAA.json", "BBB.jsonl.gz", "CCC.ndjson")) {
			Path source = input.resolve(name);
			Path store = output.resolve(FileIngester.storeName(source));
			assertStoreHoldsTheLastRecordOfEachDate(store, expected(source));
		}
		assertThat(output.resolve("notes.h5")).doesNotExist();
		JsonNode catalog = JSON.readTree(output.resolve("catalog.json").toFile());
		assertThat(catalog.get("files").asLong()).isEqualTo(3);
		assertThat(catalog.get("read").asLong()).isEqualTo(8);
		assertThat(catalog.get("rows").asLong()).isEqualTo(7);
		assertThat(catalog.get("duplicates").asLong()).isEqualTo(1);
		assertThat(catalog.get("rejected").asLong()).isZero();
		JsonNode aaa = catalog.get("entries").get(0);
		assertThat(aaa.get("first").asString()).isEqualTo("2024-01-02T00:00:00Z");
		assertThat(aaa.get("last").asString()).isEqualTo("2024-01-04T00:00:00Z");
		assertThat(aaa.get("columns").toString())
			.isEqualTo("[{\"name\":\"open\",\"dtype\":\"float64\"},{\"name\":\"close\",\"dtype\":\"float64\"},"
					+ "{\"name\":\"volume\",\"dtype\":\"int64\"}]");
		assertThat(aaa.get("bytes").asLong()).isEqualTo(Files.size(output.resolve("AAA.h5")));
	}

	@Test
	void aFileOverTheSkipLimitFailsTheJobAndARestartStoresOnlyWhatWasNotStored() throws Exception {
		Path input = Files.createDirectories(this.temp.resolve("restart"));
		for (int file = 0; file < 3; file++) {
			StringBuilder text = new StringBuilder();
			for (int day = 1; day <= 20; day++) {
				text.append("{\"date\":\"2024-01-%02d\",\"close\":%d.5}\n".formatted(day, day * (file + 1)));
			}
			Files.writeString(input.resolve("T" + file + ".json"), text);
		}
		Files.writeString(input.resolve("T1.json"), "{\"date\":\"2024-02-30\",\"close\":1}\n", StandardCharsets.UTF_8,
				java.nio.file.StandardOpenOption.APPEND);
		Path output = this.temp.resolve("restart-out");
		JobParameters parameters = parameters(input, output, Map.of());

		JobExecution failed = this.operator.start(this.ingest, parameters);

		assertThat(failed).hasStatus(BatchStatus.FAILED);
		assertThat(failed.getAllFailureExceptions()).extracting(Throwable::getMessage)
			.anySatisfy(message -> assertThat(message).startsWith(
					input.resolve("T1.json") + " line 21: time field 'date': cannot read the string \"2024-02-30\""));
		assertThat(output.resolve("T0.h5")).exists();
		assertThat(output.resolve("T1.h5")).doesNotExist();
		assertThat(output.resolve("_rejects/T1.json.jsonl")).content().contains("\"line\":21");
		Instant storedBefore = Files.getLastModifiedTime(output.resolve("T0.h5")).toInstant();

		JobExecution retried = this.operator.start(this.ingest, parameters(input, output, Map.of("skip-limit", "1")));

		assertThat(retried).hasStatus(BatchStatus.COMPLETED);
		assertThat(Files.getLastModifiedTime(output.resolve("T0.h5")).toInstant()).as("not stored again")
			.isEqualTo(storedBefore);
		assertThat(PandasStoreReader.read(output.resolve("T1.h5")).rows()).isEqualTo(20);
		JsonNode catalog = JSON.readTree(output.resolve("catalog.json").toFile());
		assertThat(catalog.get("read").asLong()).isEqualTo(61);
		assertThat(catalog.get("rows").asLong()).isEqualTo(60);
		assertThat(catalog.get("rejected").asLong()).isEqualTo(1);
	}

	@Test
	void pandasReadsEveryStoreOfTheSampleAsReadJsonReadsItsFile() throws Exception {
		assumeTrue(Python.hasPandas(), "pandas and PyTables are not installed");
		Path output = this.temp.resolve("sample");
		JobExecution execution = this.operator.start(this.ingest,
				parameters(Path.of("data/daily-stock").toAbsolutePath(), output, Map.of()));
		assertThat(execution).hasStatus(BatchStatus.COMPLETED);

		String compared = Python.run("""
				import glob, os, sys, pandas as pd
				stores = 0
				for source in sorted(glob.glob(os.path.join(sys.argv[1], '*.json'))):
				    expected = pd.read_json(source, lines=True, precise_float=True).set_index('date')
				    store = os.path.join(sys.argv[2], os.path.basename(source)[:-5] + '.h5')
				    pd.testing.assert_frame_equal(pd.read_hdf(store, 'data'), expected, check_exact=True)
				    stores += 1
				print(stores)
				""", Path.of("data/daily-stock").toAbsolutePath().toString(), output.toString());

		assertThat(compared.strip()).isEqualTo("20");
	}

	@Test
	void anInputWithoutJsonFilesFailsNamingIt() throws Exception {
		Path input = Files.createDirectories(this.temp.resolve("empty"));
		Files.writeString(input.resolve("readme.txt"), "nothing to ingest");

		JobExecution execution = this.operator.start(this.ingest, parameters(input, this.temp.resolve("o"), Map.of()));

		assertThat(execution).hasStatus(BatchStatus.FAILED);
		assertThat(execution.getAllFailureExceptions()).singleElement()
			.extracting(Throwable::getMessage)
			.isEqualTo("input '" + input + "' matches no .json, .jsonl or .ndjson files (gzipped or not)");
	}

	/**
	 * The stored frame against records parsed here with Jackson's tree model: date → the
	 * last record.
	 */
	private static void assertStoreHoldsTheLastRecordOfEachDate(Path store, TreeMap<Long, JsonNode> expected)
			throws IOException {
		SeriesFrame frame = PandasStoreReader.read(store);
		assertThat(frame.indexName()).isEqualTo("date");
		assertThat(frame.epochNanos()).containsExactly(expected.keySet().stream().mapToLong(Long::longValue).toArray());
		List<JsonNode> records = new ArrayList<>(expected.values());
		for (SeriesFrame.Column column : frame.columns()) {
			for (int row = 0; row < records.size(); row++) {
				JsonNode value = records.get(row).get(column.name());
				if (column.integral()) {
					assertThat(column.longs()[row]).isEqualTo(value.asLong());
				}
				else {
					assertThat(column.doubles()[row]).isEqualTo(value.asDouble());
				}
			}
		}
		assertThat(frame.columns()).extracting(SeriesFrame.Column::name).containsExactly("open", "close", "volume");
	}

	private static TreeMap<Long, JsonNode> expected(Path source) throws IOException {
		String text = new String(source.toString().endsWith(".gz")
				? new java.util.zip.GZIPInputStream(Files.newInputStream(source)).readAllBytes()
				: Files.readAllBytes(source), StandardCharsets.UTF_8);
		List<JsonNode> records = new ArrayList<>();
		if (text.strip().startsWith("[")) {
			JSON.readTree(text).forEach(records::add);
		}
		else {
			text.lines().filter(line -> !line.isBlank()).map(JSON::readTree).forEach(records::add);
		}
		TreeMap<Long, JsonNode> byTime = new TreeMap<>();
		for (JsonNode record : records) {
			JsonNode date = record.get("date");
			long nanos = date.isNumber() ? date.asLong() * 1_000_000_000L : epochNanos(
					Instant.parse(date.asString().contains("T") ? date.asString() : date.asString() + "T00:00:00Z"));
			byTime.put(nanos, record);
		}
		return byTime;
	}

	private static long epochNanos(Instant instant) {
		return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
	}

	private JobParameters parameters(Path input, Path output, Map<String, String> more) {
		Map<String, String> arguments = new HashMap<>(more);
		arguments.put("input", input.toString());
		arguments.put("output", output.toString());
		return this.definitions.get("ingest").parse(arguments);
	}

	private static void gzip(Path file, String text) throws IOException {
		try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
			out.write(text.getBytes(StandardCharsets.UTF_8));
		}
	}

}
