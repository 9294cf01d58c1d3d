package dev.nightshift.store;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import io.jhdf.api.WritableDataset;
import io.jhdf.api.WritableGroup;

/**
 * Writes a {@link SeriesFrame} as one HDF5 file that
 * {@code pandas.read_hdf(path, 'data')} reads as a DataFrame with a DatetimeIndex:
 * pandas' fixed format, a float64 block then an int64 block (only those present), each
 * stored pre-transposed as [columns][rows] with {@code transposed=false}, which pandas
 * reads as it is and jHDF writes one column per write instead of one row per write (for 4
 * × 2520 doubles 0.14 ms instead of 2.4 ms).
 * <p>
 * A store replaces the old one atomically and durably (see {@link StoreBatch}, which
 * writes many at that cost of one). A frame without rows or without columns is refused:
 * jHDF cannot write empty datasets, and pandas' own workaround (a placeholder element
 * plus {@code shape} attributes) is not worth carrying for stores nobody writes.
 *
 * <pre>{@code
 * PandasStoreWriter.write(stores.resolve("ACME.h5"), frame);
 * // python: pandas.read_hdf("ACME.h5", "data")
 * }</pre>
 */
public final class PandasStoreWriter {

	private PandasStoreWriter() {
	}

	/**
	 * Writes (or atomically replaces) the store at {@code target}.
	 * @throws IllegalArgumentException when the frame has no rows or no columns
	 * @throws UncheckedIOException when the file cannot be written or moved into place
	 * @throws IllegalStateException when jHDF fails to write the file
	 */
	public static void write(Path target, SeriesFrame frame) {
		try (StoreBatch batch = new StoreBatch()) {
			batch.add(target, frame);
			batch.commit();
		}
	}

	static void checkWritable(Path target, SeriesFrame frame) {
		if (frame.rows() == 0 || frame.columns().isEmpty()) {
			throw new IllegalArgumentException("Refusing to write " + target + ": the frame has " + frame.rows()
					+ " rows and " + frame.columns().size() + " columns; a store needs at least one of each");
		}
	}

	static void writeFrame(WritableGroup group, SeriesFrame frame) {
		List<List<SeriesFrame.Column>> blocks = Stream.of(select(frame, false), select(frame, true))
			.filter(Predicate.not(List::isEmpty))
			.toList();
		ExactStringAttribute.put(group, PandasLayout.PANDAS_TYPE, PandasLayout.FRAME);
		ExactStringAttribute.put(group, PandasLayout.PANDAS_VERSION, PandasLayout.FORMAT_VERSION);
		ExactStringAttribute.put(group, PandasLayout.ENCODING, PandasLayout.UTF_8);
		ExactStringAttribute.put(group, PandasLayout.ERRORS, PandasLayout.STRICT);
		group.putAttribute(PandasLayout.NDIM, 2L);
		group.putAttribute(PandasLayout.NBLOCKS, (long) blocks.size());

		ExactStringAttribute.put(group, PandasLayout.AXIS0 + PandasLayout.VARIETY, PandasLayout.REGULAR);
		putNames(group, PandasLayout.AXIS0, frame.columns());
		ExactStringAttribute.put(group, PandasLayout.AXIS1 + PandasLayout.VARIETY, PandasLayout.REGULAR);
		WritableDataset index = group.putDataset(PandasLayout.AXIS1, frame.epochNanos());
		ExactStringAttribute.put(index, PandasLayout.KIND, PandasLayout.KIND_DATETIME);
		ExactStringAttribute.put(index, PandasLayout.INDEX_CLASS, PandasLayout.INDEX_CLASS_DATETIME);
		ExactStringAttribute.put(index, PandasLayout.NAME, frame.indexName());

		for (int block = 0; block < blocks.size(); block++) {
			List<SeriesFrame.Column> columns = blocks.get(block);
			ExactStringAttribute.put(group, PandasLayout.items(block) + PandasLayout.VARIETY, PandasLayout.REGULAR);
			putNames(group, PandasLayout.items(block), columns);
			Object values = columns.get(0).integral()
					? columns.stream().map(SeriesFrame.Column::longs).toArray(long[][]::new)
					: columns.stream().map(SeriesFrame.Column::doubles).toArray(double[][]::new);
			group.putDataset(PandasLayout.values(block), values).putAttribute(PandasLayout.TRANSPOSED, false);
		}
	}

	/**
	 * The float64 or the int64 block, in the frame's column order (pandas' block order).
	 */
	private static List<SeriesFrame.Column> select(SeriesFrame frame, boolean integral) {
		return frame.columns().stream().filter((column) -> column.integral() == integral).toList();
	}

	private static void putNames(WritableGroup group, String dataset, List<SeriesFrame.Column> columns) {
		String[] names = columns.stream().map(SeriesFrame.Column::name).toArray(String[]::new);
		ExactStringAttribute.put(group.putDataset(dataset, names), PandasLayout.KIND, PandasLayout.KIND_STRING);
	}

}
