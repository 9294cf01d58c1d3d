package dev.nightshift.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class PandasStoreTest {

	private static final long DAY = 86_400_000_000_000L;

	@TempDir
	Path temp;

	private final SeriesFrame frame = new SeriesFrame("date",
			new long[] { -3 * DAY + 123, 0, 19_000 * DAY, 90_000 * DAY + 999_999_999 },
			List.of(SeriesFrame.Column.ofDoubles("open", new double[] { 1.5, Double.NaN, -0.1, 1e300 }),
					SeriesFrame.Column.ofLongs("volume", new long[] { 0, -1, Long.MAX_VALUE, Long.MIN_VALUE + 1 }),
					SeriesFrame.Column.ofDoubles("close", new double[] { 0.1 + 0.2, 2, 3, Double.MIN_VALUE })));

	@Test
	void whatIsWrittenReadsBackExactly() {
		Path store = this.temp.resolve("ABC.h5");
		PandasStoreWriter.write(store, this.frame);

		SeriesFrame read = PandasStoreReader.read(store);

		assertThat(read.indexName()).isEqualTo("date");
		assertThat(read.epochNanos()).containsExactly(this.frame.epochNanos());
		assertThat(read.columns()).extracting(SeriesFrame.Column::name).containsExactly("open", "volume", "close");
		for (int i = 0; i < 3; i++) {
			SeriesFrame.Column expected = this.frame.columns().get(i);
			SeriesFrame.Column actual = read.columns().get(i);
			assertThat(actual.integral()).isEqualTo(expected.integral());
			if (expected.integral()) {
				assertThat(actual.longs()).containsExactly(expected.longs());
			}
			else {
				assertThat(actual.doubles()).containsExactly(expected.doubles());
			}
		}
	}

	@Test
	void overwritingLeavesOnlyTheNewStoreAndNoTemporaryFile() throws Exception {
		Path store = this.temp.resolve("X.h5");
		Files.write(store, new byte[1 << 20]);
		SeriesFrame single = new SeriesFrame("t", new long[] { 5 },
				List.of(SeriesFrame.Column.ofLongs("n", new long[] { 7 })));

		PandasStoreWriter.write(store, single);

		assertThat(PandasStoreReader.read(store).column("n").longs()).containsExactly(7);
		assertThat(Files.size(store)).isLessThan(1 << 20);
		try (var files = Files.list(this.temp)) {
			assertThat(files).containsExactly(store);
		}
	}

	@Test
	void framesThatCannotBeStoredAreRefusedWithTheReason() {
		assertThatThrownBy(() -> PandasStoreWriter.write(this.temp.resolve("e.h5"),
				new SeriesFrame("t", new long[0], List.of(SeriesFrame.Column.ofDoubles("x", new double[0])))))
			.hasMessageContaining("a store needs at least one row and one column (0 rows, 1 columns)");
		assertThatThrownBy(() -> new SeriesFrame("t", new long[] { 2, 1 }, List.of()))
			.hasMessage("index not strictly ascending at row 1: 2, 1");
		assertThatThrownBy(
				() -> new SeriesFrame("t", new long[] { 1 }, List.of(SeriesFrame.Column.ofDoubles("x", new double[2]))))
			.hasMessage("column 'x' has 2 values for an index of 1");
		assertThatThrownBy(() -> SeriesFrame.Column.ofDoubles("a/b", new double[0]))
			.hasMessage("column name must be non-empty and without '/': 'a/b'");
		assertThatThrownBy(() -> PandasStoreReader.read(writeText("not-hdf5.h5")))
			.hasMessageStartingWith(this.temp.resolve("not-hdf5.h5") + " is not a readable HDF5 store");
	}

	@Test
	void pandasReadsOurStoreAndWeReadPandasOwn() throws Exception {
		assumeTrue(Python.hasPandas(), "pandas and PyTables are not installed");
		Path store = this.temp.resolve("ours.h5");
		PandasStoreWriter.write(store, this.frame);

		String described = Python.run("""
				import sys, pandas as pd
				df = pd.read_hdf(sys.argv[1], 'data')
				print(type(df.index).__name__, df.index.name, list(df.index.asi8))
				for c in df.columns:
				    print(c, df[c].dtype, [repr(v) for v in df[c].tolist()])
				""", store.toString());

		assertThat(described.lines()).containsExactly(
				"DatetimeIndex date " + java.util.Arrays.toString(this.frame.epochNanos()),
				"open float64 ['1.5', 'nan', '-0.1', '1e+300']",
				"volume int64 ['0', '-1', '9223372036854775807', '-9223372036854775807']",
				"close float64 ['0.30000000000000004', '2.0', '3.0', '5e-324']");

		Path theirs = this.temp.resolve("theirs.h5");
		Python.run("""
				import sys, pandas as pd
				df = pd.DataFrame({'close': [1.25, 2.5], 'volume': [10, 20]},
				                  index=pd.DatetimeIndex(['2024-01-02', '2024-01-03'], name='date'))
				df.to_hdf(sys.argv[1], key='data')
				""", theirs.toString());
		SeriesFrame read = PandasStoreReader.read(theirs);
		assertThat(read.indexName()).isEqualTo("date");
		assertThat(read.epochNanos()).containsExactly(19_724 * DAY, 19_725 * DAY);
		assertThat(read.column("close").doubles()).containsExactly(1.25, 2.5);
		assertThat(read.column("volume").longs()).containsExactly(10, 20);
	}

	@Test
	void h5dumpReadsOurStore() throws Exception {
		Path store = this.temp.resolve("dump.h5");
		PandasStoreWriter.write(store, this.frame);
		Process dump;
		try {
			dump = new ProcessBuilder("h5dump", "-H", store.toString()).redirectErrorStream(true).start();
		}
		catch (java.io.IOException ex) {
			assumeTrue(false, "h5dump is not installed");
			return;
		}
		String out = new String(dump.getInputStream().readAllBytes());
		assertThat(dump.waitFor()).as(out).isZero();
		assertThat(out).contains("DATASET \"block0_values\"", "DATASET \"axis1\"");
	}

	private Path writeText(String name) throws Exception {
		return Files.writeString(this.temp.resolve(name), "plain text");
	}

}
