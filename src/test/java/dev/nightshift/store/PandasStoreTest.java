package dev.nightshift.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import dev.nightshift.store.SeriesFrame.Column;
import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class PandasStoreTest {

	private static final long DAY = 86_400_000_000_000L;

	/** 1900-01-01T00:00Z in epoch nanoseconds. */
	private static final long YEAR_1900 = -2_208_988_800_000_000_000L;

	@TempDir
	Path temp;

	@Test
	void roundTripKeepsEveryValueExactly() {
		SeriesFrame frame = mixedFrame();
		Path store = this.temp.resolve("mixed.h5");

		PandasStoreWriter.write(store, frame);
		SeriesFrame read = PandasStoreReader.read(store);

		assertSameFrame(read, frame);
	}

	@Test
	void roundTripsASingleRowAndFramesOfOneKind() {
		SeriesFrame single = new SeriesFrame("date", new long[] { -1 },
				List.of(Column.ofLongs("volume", new long[] { Long.MIN_VALUE }),
						Column.ofDoubles("close", new double[] { Double.NaN })));
		SeriesFrame doubles = new SeriesFrame("time", new long[] { 0, 1, 2 },
				List.of(Column.ofDoubles("b", new double[] { 1, 2, 3 }),
						Column.ofDoubles("a", new double[] { -1e-300, 1e300, 0.1 })));
		SeriesFrame longs = new SeriesFrame("date", new long[] { 5, 6 },
				List.of(Column.ofLongs("count", new long[] { 7, -8 })));

		for (SeriesFrame frame : List.of(single, doubles, longs)) {
			Path store = this.temp.resolve(frame.columns().get(0).name() + ".h5");
			PandasStoreWriter.write(store, frame);
			assertSameFrame(PandasStoreReader.read(store), frame);
		}
	}

	@Test
	void refusesToWriteAnEmptyFrame() {
		Path store = this.temp.resolve("empty.h5");
		SeriesFrame noRows = new SeriesFrame("date", new long[0], List.of(Column.ofDoubles("close", new double[0])));
		SeriesFrame noColumns = new SeriesFrame("date", new long[] { 1 }, List.of());

		assertThatIllegalArgumentException().isThrownBy(() -> PandasStoreWriter.write(store, noRows))
			.withMessage("Refusing to write " + store + ": the frame has 0 rows and 1 columns;"
					+ " a store needs at least one of each");
		assertThatIllegalArgumentException().isThrownBy(() -> PandasStoreWriter.write(store, noColumns))
			.withMessageContaining("the frame has 1 rows and 0 columns");
		assertThat(this.temp).isEmptyDirectory();
	}

	@Test
	void refusesFramesPandasCouldNotReadBack() {
		List<Column> close = List.of(Column.ofDoubles("close", new double[] { 1, 2 }));

		assertThatIllegalArgumentException().isThrownBy(() -> new SeriesFrame("date", new long[] { 1, 2, 3 }, close))
			.withMessage("Column 'close' has 2 values but the index has 3 rows");
		assertThatIllegalArgumentException().isThrownBy(() -> new SeriesFrame("date", new long[] { 2, 2 }, close))
			.withMessage("Index is not strictly ascending: row 1 is 2 after 2 at row 0");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SeriesFrame("date", new long[] { Long.MIN_VALUE, 0 }, close))
			.withMessage("Index value at row 0 is Long.MIN_VALUE, which pandas reads as NaT");
		assertThatIllegalArgumentException().isThrownBy(() -> Column.ofDoubles("a/b", new double[] { 1 }))
			.withMessage("The column name 'a/b' must not contain '/' or NUL");
		assertThatIllegalArgumentException().isThrownBy(() -> new SeriesFrame("day/time", new long[] { 1, 2 }, close))
			.withMessage("The index name 'day/time' must not contain '/' or NUL");
		assertThatIllegalArgumentException().isThrownBy(() -> new SeriesFrame("", new long[] { 1, 2 }, close))
			.withMessage("The index name must not be empty");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SeriesFrame("date", new long[] { 1, 2 }, List.of(close.get(0), close.get(0))))
			.withMessage("Duplicate column name 'close'");
		assertThatIllegalArgumentException().isThrownBy(() -> new Column("close", new double[1], new long[1]))
			.withMessage("Column 'close' needs exactly one of doubles and longs, not both");
	}

	@Test
	void replacesABiggerStoreAtomicallyAndLeavesNoTemporaryFile() throws IOException {
		Path store = this.temp.resolve("ACME.h5");
		long[] days = LongStream.range(0, 5000).map((day) -> day * DAY).toArray();
		double[] prices = LongStream.range(0, 5000).mapToDouble((day) -> day / 7.0).toArray();
		PandasStoreWriter.write(store, new SeriesFrame("date", days,
				List.of(Column.ofDoubles("open", prices), Column.ofDoubles("close", prices))));
		long bigSize = Files.size(store);
		SeriesFrame small = mixedFrame();

		PandasStoreWriter.write(store, small);

		assertThat(Files.size(store)).isLessThan(bigSize / 4);
		assertSameFrame(PandasStoreReader.read(store), small);
		assertThat(listing(this.temp)).containsExactly("ACME.h5");
	}

	@Test
	void failingToMoveIntoPlaceLeavesNoTemporaryFile() throws IOException {
		Path occupied = Files.createDirectories(this.temp.resolve("ACME.h5"));
		Files.writeString(occupied.resolve("keep.txt"), "a directory that is not empty cannot be replaced");

		assertThatThrownBy(() -> PandasStoreWriter.write(occupied, mixedFrame()))
			.isInstanceOf(UncheckedIOException.class)
			.hasMessageStartingWith("Cannot write " + occupied);
		assertThat(listing(this.temp)).containsExactly("ACME.h5");
	}

	@Test
	void readFailuresNameTheFile() throws IOException {
		Path text = Files.writeString(this.temp.resolve("text.h5"), "not HDF5 at all");
		Path other = this.temp.resolve("other.h5");
		try (WritableHdfFile hdf = HdfFile.write(other)) {
			hdf.putGroup("prices").putDataset("close", new double[] { 1, 2 });
		}

		assertThatIllegalArgumentException().isThrownBy(() -> PandasStoreReader.read(this.temp.resolve("none.h5")))
			.withMessage("There is no store file " + this.temp.resolve("none.h5"));
		assertThatIllegalArgumentException().isThrownBy(() -> PandasStoreReader.read(text))
			.withMessageStartingWith("Cannot read " + text + " as HDF5: ");
		assertThatIllegalArgumentException().isThrownBy(() -> PandasStoreReader.read(other))
			.withMessage(other + " is not a pandas store with key 'data': there is no group /data");
	}

	@Test
	void pandasReadsOurStoresExactly() throws Exception {
		assumeTrue(Python.hasPandas(), "pandas and PyTables are not installed");
		SeriesFrame mixed = mixedFrame();
		SeriesFrame longs = new SeriesFrame("date", new long[] { 5 }, List.of(Column.ofLongs("n", new long[] { -1 })));
		Path mixedStore = this.temp.resolve("mixed.h5");
		Path longsStore = this.temp.resolve("longs.h5");
		PandasStoreWriter.write(mixedStore, mixed);
		PandasStoreWriter.write(longsStore, longs);

		List<String> printed = Pandas.run("read", mixedStore.toString(), longsStore.toString());

		int split = printed.indexOf("") + 1;
		assertSameFrame(Pandas.parse(printed.subList(0, split - 1), "date"), mixed);
		assertSameFrame(Pandas.parse(printed.subList(split, printed.size() - 1), "date"), longs);
	}

	@Test
	void readsStoresPandasWrote() throws Exception {
		assumeTrue(Python.hasPandas(), "pandas and PyTables are not installed");
		SeriesFrame mixed = mixedFrame();
		SeriesFrame unnamed = new SeriesFrame("index", new long[] { YEAR_1900, 0 },
				List.of(Column.ofDoubles("close", new double[] { 0.1, 0.2 })));
		Path mixedStore = this.temp.resolve("pandas-mixed.h5");
		Path unnamedStore = this.temp.resolve("pandas-unnamed.h5");
		Path tableStore = this.temp.resolve("pandas-table.h5");

		Pandas.run("write", Pandas.spec(this.temp, mixed, true), mixedStore.toString(), "fixed");
		Pandas.run("write", Pandas.spec(this.temp, unnamed, false), unnamedStore.toString(), "fixed");
		Pandas.run("write", Pandas.spec(this.temp, unnamed, false), tableStore.toString(), "table");

		assertSameFrame(PandasStoreReader.read(mixedStore), mixed);
		assertSameFrame(PandasStoreReader.read(unnamedStore), unnamed);
		assertThatIllegalArgumentException().isThrownBy(() -> PandasStoreReader.read(tableStore))
			.withMessage(tableStore + " is not a pandas fixed-format frame we can read:"
					+ " /data pandas_type is 'frame_table', not 'frame'");
	}

	@Test
	void h5dumpReadsOurStore() throws Exception {
		Path store = this.temp.resolve("mixed.h5");
		PandasStoreWriter.write(store, mixedFrame());
		Process process;
		try {
			process = new ProcessBuilder("h5dump", store.toString()).redirectErrorStream(true).start();
		}
		catch (IOException ex) {
			assumeTrue(false, "h5dump is not installed");
			return;
		}
		String dump = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

		assertThat(process.waitFor()).as(dump).isZero();
		assertThat(dump).contains("DATASET \"block1_values\"", "-9223372036854775808, -1, 0").doesNotContain("_jHDF");
	}

	/**
	 * float64 and int64 columns interleaved, with the values most likely to be mangled.
	 */
	private static SeriesFrame mixedFrame() {
		long[] index = { YEAR_1900, -1, 0, 1, 19_000 * DAY + 123_456_789, Long.MAX_VALUE };
		return new SeriesFrame("date", index, List
			.of(Column.ofDoubles("open", new double[] { 1.5, Double.NaN, -0.0, 0.1, Double.MIN_VALUE, 1e300 }),
					Column.ofLongs("volume", new long[] { Long.MIN_VALUE, -1, 0, 1L << 53 | 1, Long.MAX_VALUE, 42 }),
					Column.ofDoubles("Schlusskurs €",
							new double[] { Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.MAX_VALUE,
									-Math.PI, Math.E, 2.5e-310 }),
					Column.ofLongs("trades", new long[] { 1, 2, 3, 4, 5, -6 })));
	}

	private static void assertSameFrame(SeriesFrame actual, SeriesFrame expected) {
		assertThat(actual.indexName()).isEqualTo(expected.indexName());
		assertThat(actual.epochNanos()).containsExactly(expected.epochNanos());
		assertThat(actual.columns()).extracting(Column::name)
			.containsExactlyElementsOf(expected.columns().stream().map(Column::name).toList());
		for (int i = 0; i < expected.columns().size(); i++) {
			Column column = expected.columns().get(i);
			if (column.integral()) {
				assertThat(actual.columns().get(i).longs()).as(column.name()).containsExactly(column.longs());
			}
			else {
				assertThat(actual.columns().get(i).doubles()).as(column.name()).containsExactly(column.doubles());
			}
		}
		assertThat(actual).isEqualTo(expected);
	}

	private static List<String> listing(Path directory) throws IOException {
		try (Stream<Path> files = Files.list(directory)) {
			return files.map((file) -> file.getFileName().toString()).sorted().collect(Collectors.toList());
		}
	}

	/**
	 * The real pandas, when installed (see {@link Python}). Frames cross as text, one
	 * line per axis: {@code <dtype>\t<name>\t<values>}, the index first.
	 */
	private static final class Pandas {

		private static final String SCRIPT = """
				import sys
				import numpy as np
				import pandas as pd

				def read(paths):
				    for path in paths:
				        df = pd.read_hdf(path, 'data')
				        print(f"{type(df.index).__name__}:{df.index.dtype}\\t{df.index.name}\\t"
				              + ' '.join(str(v) for v in df.index.asi8))
				        for name in df.columns:
				            print(f"{df[name].dtype}\\t{name}\\t" + ' '.join(repr(v) for v in df[name].tolist()))
				        print()

				def write(spec, path, fmt):
				    lines = open(spec, encoding='utf-8').read().splitlines()
				    _, name, nanos = lines[0].split('\\t')
				    index = pd.DatetimeIndex(np.array(nanos.split(), dtype='int64').view('datetime64[ns]'),
				                             name=None if name == '' else name)
				    data = {}
				    for line in lines[1:]:
				        dtype, column, values = line.split('\\t')
				        parse = float if dtype == 'float64' else int
				        data[column] = np.array([parse(v) for v in values.split()], dtype=dtype)
				    pd.DataFrame(data, index=index).to_hdf(path, key='data', format=fmt)

				if sys.argv[1] == 'read':
				    read(sys.argv[2:])
				else:
				    write(*sys.argv[2:])
				""";

		static List<String> run(String... arguments) throws Exception {
			return Python.run(SCRIPT, arguments).lines().toList();
		}

		/**
		 * Writes a frame's spec for the script's {@code write}; an unnamed index has an
		 * empty name.
		 */
		static String spec(Path directory, SeriesFrame frame, boolean named) throws IOException {
			List<String> lines = new ArrayList<>();
			lines.add("DatetimeIndex:datetime64[ns]\t" + (named ? frame.indexName() : "") + "\t"
					+ LongStream.of(frame.epochNanos()).mapToObj(Long::toString).collect(Collectors.joining(" ")));
			for (Column column : frame.columns()) {
				String values = column.integral()
						? LongStream.of(column.longs()).mapToObj(Long::toString).collect(Collectors.joining(" "))
						: Arrays.stream(column.doubles()).mapToObj(Double::toString).collect(Collectors.joining(" "));
				lines.add((column.integral() ? "int64" : "float64") + "\t" + column.name() + "\t" + values);
			}
			Path spec = Files.createTempFile(directory, "frame", ".spec");
			Files.write(spec, lines, StandardCharsets.UTF_8);
			return spec.toString();
		}

		/** Parses what the script's {@code read} printed for one store. */
		static SeriesFrame parse(List<String> printed, String indexName) {
			String[] index = printed.get(0).split("\t", -1);
			assertThat(index[0]).isEqualTo("DatetimeIndex:datetime64[ns]");
			assertThat(index[1]).isEqualTo(indexName);
			List<Column> columns = new ArrayList<>();
			for (String line : printed.subList(1, printed.size())) {
				String[] fields = line.split("\t", -1);
				String[] values = fields[2].split(" ");
				assertThat(fields[0]).as(fields[1]).isIn("float64", "int64");
				columns.add(fields[0].equals("int64")
						? Column.ofLongs(fields[1], Stream.of(values).mapToLong(Long::parseLong).toArray())
						: Column.ofDoubles(fields[1], Stream.of(values).mapToDouble(Pandas::pythonFloat).toArray()));
			}
			return new SeriesFrame(index[1], Stream.of(index[2].split(" ")).mapToLong(Long::parseLong).toArray(),
					columns);
		}

		private static double pythonFloat(String repr) {
			return switch (repr) {
				case "nan" -> Double.NaN;
				case "inf" -> Double.POSITIVE_INFINITY;
				case "-inf" -> Double.NEGATIVE_INFINITY;
				default -> Double.parseDouble(repr);
			};
		}

	}

}
