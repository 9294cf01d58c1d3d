package dev.nightshift.jobs.correlation;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import dev.nightshift.definition.JobDefinitions;
import dev.nightshift.engine.MapReduceJobFactory;
import dev.nightshift.store.PandasStoreWriter;
import dev.nightshift.store.Python;
import dev.nightshift.store.SeriesFrame;
import dev.nightshift.support.TestHome;
import io.jhdf.HdfFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

@SpringBootTest
class CorrelationJobTest {

	static final long DAY = 86_400_000_000_000L;

	/** 2015-01-01 in epoch nanoseconds. */
	static final long START = 16_436 * DAY;

	@DynamicPropertySource
	static void home(DynamicPropertyRegistry registry) {
		TestHome.create(registry, "correlation");
		registry.add("nightshift.engine.threads", () -> "2");
	}

	@Autowired
	JobOperator operator;

	@Autowired
	JobDefinitions definitions;

	@Autowired
	Job correlation;

	@TempDir
	Path temp;

	@Test
	void everyPairEqualsAPlainTwoPassComputationOverTheDatesBothHave() throws Exception {
		double[][] series = SeriesWithGaps.generate(70, 300, 21);
		Path stores = writeStores(this.temp.resolve("stores"), series);
		Path output = this.temp.resolve("out");

		JobExecution execution = this.operator.start(this.correlation,
				parameters(stores, output, Map.of("top", "25", "block-size", "32")));

		assertThat(execution).hasStatus(BatchStatus.COMPLETED).hasPartitions("pairs", 6);
		Stored stored = Stored.read(output.resolve("correlation.h5"));
		assertThat(stored.names()).containsExactlyElementsOf(names(series.length));
		List<PublishCorrelationTasklet.TopPair> expected = new ArrayList<>();
		for (int a = 0; a < series.length; a++) {
			for (int b = 0; b < series.length; b++) {
				double r = (a == b) ? TwoPass.correlation(series[a], series[a], 1)
						: TwoPass.correlation(series[a], series[b], 1);
				assertThat(stored.overlap()[a][b]).isEqualTo(TwoPass.common(series[a], series[b]));
				if (Double.isNaN(r)) {
					assertThat(stored.r()[a][b]).as("%d, %d", a, b).isNaN();
					continue;
				}
				assertThat(stored.r()[a][b]).as("%d, %d", a, b).isCloseTo(r, within(1e-9));
				if (a < b) {
					expected.add(new PublishCorrelationTasklet.TopPair(stored.names().get(a), stored.names().get(b), r,
							TwoPass.common(series[a], series[b])));
				}
			}
		}
		expected.sort(Comparator.comparingDouble(PublishCorrelationTasklet.TopPair::correlation).reversed());
		List<String> lines = Files.readAllLines(output.resolve("top-pairs.csv"));
		assertThat(lines).hasSize(26).first().isEqualTo("a,b,correlation,common_dates");
		for (int i = 0; i < 25; i++) {
			String[] fields = lines.get(i + 1).split(",");
			assertThat(fields[0] + "," + fields[1]).isEqualTo(expected.get(i).a() + "," + expected.get(i).b());
			assertThat(Double.parseDouble(fields[2])).isCloseTo(expected.get(i).correlation(), within(1e-9));
			assertThat(Long.parseLong(fields[3])).isEqualTo(expected.get(i).commonDates());
		}
		assertThat(headline(execution)).isEqualTo("%s matches with %s with correlation %f"
			.formatted(expected.get(0).a(), expected.get(0).b(), expected.get(0).correlation()));
		assertPicture(output.resolve("top-pair.png"), 1000, 400);
		assertPicture(output.resolve("heatmap.png"), 920, 800);
		assertThat(output.resolve("_SUCCESS")).content().contains("\"pairs\" : " + 70 * 69 / 2);
	}

	@Test
	void pandasComputesTheSameFramesFromTheStoresForEveryTransformAndMinPeriods() throws Exception {
		assumeTrue(Python.hasPandas(), "pandas and PyTables are not installed");
		double[][] series = SeriesWithGaps.generate(40, 250, 8);
		Path stores = writeStores(this.temp.resolve("pandas-stores"), series);
		List<String> outputs = new ArrayList<>();
		for (String transform : List.of("none", "returns", "log-returns")) {
			Path output = this.temp.resolve("pandas-" + transform);
			JobExecution execution = this.operator.start(this.correlation,
					parameters(stores, output, Map.of("transform", transform, "min-periods", "30")));
			assertThat(execution).hasStatus(BatchStatus.COMPLETED);
			outputs.add(output.resolve("correlation.h5").toString());
		}

		String result = Python.run("""
				import glob, os, sys, numpy as np, pandas as pd
				stored = {os.path.basename(f)[:-3]: pd.read_hdf(f, 'data')['close']
				          for f in sorted(glob.glob(os.path.join(sys.argv[1], '*.h5')))}
				transforms = [lambda s: s, lambda s: s.pct_change(fill_method=None), lambda s: np.log(s).diff()]
				for transform, ours in zip(transforms, sys.argv[2:]):
				    frame = pd.concat({name: transform(s) for name, s in stored.items()}, axis=1)
				    expected = frame.corr(min_periods=30)
				    r = pd.read_hdf(ours, 'data')
				    pd.testing.assert_index_equal(r.index, expected.index)
				    pd.testing.assert_index_equal(r.columns, expected.columns)
				    assert (np.isnan(r.values) == np.isnan(expected.values)).all(), 'NaN where pandas has none'
				    counts = frame.notna().astype('int64')
				    pd.testing.assert_frame_equal(pd.read_hdf(ours, 'overlap'), counts.T @ counts, check_names=False)
				    print(int(np.isnan(expected.values).sum()), np.nanmax(np.abs(r.values - expected.values)))
				""", Stream.concat(Stream.of(stores.toString()), outputs.stream()).toArray(String[]::new));

		List<String> lines = result.strip().lines().toList();
		assertThat(lines).hasSize(3);
		for (String line : lines) {
			String[] numbers = line.split(" ");
			assertThat(Long.parseLong(numbers[0])).as("pairs without a correlation").isPositive();
			assertThat(Double.parseDouble(numbers[1])).as("largest difference from pandas").isLessThan(1e-9);
		}
	}

	@Test
	void aStoreWithoutTheColumnFailsNamingTheStoreAndItsColumns() throws Exception {
		Path stores = writeStores(this.temp.resolve("no-column"), SeriesWithGaps.generate(3, 20, 1));

		JobExecution execution = this.operator.start(this.correlation,
				parameters(stores, this.temp.resolve("o"), Map.of("column", "open")));

		assertThat(execution).hasStatus(BatchStatus.FAILED);
		assertThat(execution.getAllFailureExceptions()).extracting(Throwable::getMessage)
			.containsExactly("store " + stores.resolve("S00.h5")
					+ " has no column 'open' (it has: close); choose one with column=...");
	}

	@Test
	void anInputWithOneStoreOrAFileThatIsNoStoreFailsNamingIt() throws Exception {
		Path one = writeStores(this.temp.resolve("one"), SeriesWithGaps.generate(1, 20, 1));
		JobExecution single = this.operator.start(this.correlation, parameters(one, this.temp.resolve("o1"), Map.of()));
		assertThat(single).hasStatus(BatchStatus.FAILED);
		assertThat(single.getAllFailureExceptions()).extracting(Throwable::getMessage)
			.containsExactly("input " + one + " holds 1 store(s) (.h5 files, or a catalog.json listing them):"
					+ " a correlation needs at least two");

		Path broken = writeStores(this.temp.resolve("broken"), SeriesWithGaps.generate(2, 20, 1));
		Files.writeString(broken.resolve("S01.h5"), "not HDF5");
		JobExecution failed = this.operator.start(this.correlation,
				parameters(broken, this.temp.resolve("o2"), Map.of()));
		assertThat(failed).hasStatus(BatchStatus.FAILED);
		assertThat(failed.getAllFailureExceptions()).extracting(Throwable::getMessage)
			.singleElement()
			.asString()
			.contains(broken.resolve("S01.h5").toString());
	}

	@Test
	void aCatalogNamesTheStoresRelativeToItselfAndTwoOfOneNameAreRefused() throws Exception {
		Path stores = writeStores(this.temp.resolve("catalogued"), SeriesWithGaps.generate(3, 50, 2));
		Path catalog = Files.writeString(stores.resolve("catalog.json"), """
				{"entries": [{"store": "S00.h5"}, {"source": "empty.json", "store": null}, {"store": "S02.h5"}]}
				""");
		JobExecution execution = this.operator.start(this.correlation,
				parameters(catalog, this.temp.resolve("from-catalog"), Map.of()));
		assertThat(execution).hasStatus(BatchStatus.COMPLETED);
		assertThat(Stored.read(this.temp.resolve("from-catalog/correlation.h5")).names()).containsExactly("S00", "S02");

		Path twice = Files.writeString(stores.resolve("twice.json"), """
				{"entries": [{"store": "S00.h5"}, {"store": "%s"}]}
				"""
			.formatted(writeStores(this.temp.resolve("other"), SeriesWithGaps.generate(1, 50, 3)).resolve("S00.h5")));
		JobExecution refused = this.operator.start(this.correlation,
				parameters(twice, this.temp.resolve("twice"), Map.of()));
		assertThat(refused).hasStatus(BatchStatus.FAILED);
		assertThat(refused.getAllFailureExceptions()).extracting(Throwable::getMessage)
			.singleElement()
			.asString()
			.startsWith("input " + twice + " lists two stores named 'S00'");
	}

	/** One store per series: its present dates only; every seventh of series 2 as NaN. */
	static Path writeStores(Path folder, double[][] series) throws IOException {
		Files.createDirectories(folder);
		List<String> names = names(series.length);
		for (int s = 0; s < series.length; s++) {
			List<Long> dates = new ArrayList<>();
			List<Double> values = new ArrayList<>();
			for (int t = 0; t < series[s].length; t++) {
				if (!Double.isNaN(series[s][t]) || (s == 2 && t % 7 == 0)) {
					dates.add(START + t * DAY);
					values.add(series[s][t]);
				}
			}
			PandasStoreWriter.write(folder.resolve(names.get(s) + ".h5"),
					new SeriesFrame("date", dates.stream().mapToLong(Long::longValue).toArray(),
							List.of(SeriesFrame.Column.ofDoubles("close",
									values.stream().mapToDouble(Double::doubleValue).toArray()))));
		}
		return folder;
	}

	static List<String> names(int count) {
		List<String> names = new ArrayList<>();
		for (int s = 0; s < count; s++) {
			names.add("S%02d".formatted(s));
		}
		return names;
	}

	static String headline(JobExecution execution) {
		return execution.getStepExecutions()
			.stream()
			.map(step -> step.getExecutionContext().getString(MapReduceJobFactory.HEADLINE_KEY, null))
			.filter(line -> line != null)
			.findFirst()
			.orElse(null);
	}

	private static void assertPicture(Path png, int width, int height) throws IOException {
		BufferedImage image = ImageIO.read(png.toFile());
		assertThat(image).isNotNull();
		assertThat(image.getWidth()).isEqualTo(width);
		assertThat(image.getHeight()).isEqualTo(height);
	}

	JobParameters parameters(Path input, Path output, Map<String, String> more) {
		Map<String, String> arguments = new HashMap<>(more);
		arguments.put("input", input.toString());
		arguments.put("output", output.toString());
		return this.definitions.get("correlation").parse(arguments);
	}

	/** correlation.h5 read back with jHDF alone. */
	record Stored(List<String> names, double[][] r, long[][] overlap) {

		static Stored read(Path file) {
			try (HdfFile hdf = new HdfFile(file)) {
				String[] names = (String[]) hdf.getDatasetByPath("/data/axis1").getData();
				double[][] columns = (double[][]) hdf.getDatasetByPath("/data/block0_values").getData();
				long[][] counts = (long[][]) hdf.getDatasetByPath("/overlap/block0_values").getData();
				int n = names.length;
				double[][] r = new double[n][n];
				long[][] overlap = new long[n][n];
				for (int row = 0; row < n; row++) {
					for (int column = 0; column < n; column++) {
						r[row][column] = columns[column][row];
						overlap[row][column] = counts[column][row];
					}
				}
				return new Stored(List.of(names), r, overlap);
			}
		}

	}

}
