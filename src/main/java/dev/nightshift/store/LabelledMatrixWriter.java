package dev.nightshift.store;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

import io.jhdf.api.WritableDataset;
import io.jhdf.api.WritableGroup;

/**
 * Square matrices over one list of labels, such as correlations and their overlap counts,
 * in one HDF5 file: each under its own key as a pandas DataFrame (fixed format) whose
 * index and columns are the labels, so that {@code pandas.read_hdf(path, 'data')} returns
 * what {@code df.corr()} does, unnamed index included. Replaced atomically and durably,
 * as every store.
 *
 * <pre>{@code
 * LabelledMatrixWriter.write(out.resolve("correlation.h5"), names,
 * 		List.of(Matrix.ofDoubles("data", r), Matrix.ofLongs("overlap", counts)));
 * }</pre>
 */
public final class LabelledMatrixWriter {

	/** PyTables' pickle of {@code None}, pandas' name of an unnamed index. */
	private static final String PICKLED_NONE = "N.";

	private LabelledMatrixWriter() {
	}

	/**
	 * @param key the name {@code read_hdf} takes; with a labels.size() square
	 * {@code doubles} or {@code longs}, [row][column]
	 */
	public record Matrix(String key, double[][] doubles, long[][] longs) {

		public static Matrix ofDoubles(String key, double[][] values) {
			return new Matrix(key, values, null);
		}

		public static Matrix ofLongs(String key, long[][] values) {
			return new Matrix(key, null, values);
		}

		/** The side of the square, or -1 when it is not one. */
		int size() {
			int n = (this.doubles != null) ? this.doubles.length : this.longs.length;
			for (int row = 0; row < n; row++) {
				if (((this.doubles != null) ? this.doubles[row].length : this.longs[row].length) != n) {
					return -1;
				}
			}
			return n;
		}

		Object transposed() {
			int n = size();
			if (this.doubles != null) {
				double[][] columns = new double[n][n];
				for (int row = 0; row < n; row++) {
					for (int column = 0; column < n; column++) {
						columns[column][row] = this.doubles[row][column];
					}
				}
				return columns;
			}
			long[][] columns = new long[n][n];
			for (int row = 0; row < n; row++) {
				for (int column = 0; column < n; column++) {
					columns[column][row] = this.longs[row][column];
				}
			}
			return columns;
		}

	}

	/**
	 * Writes (or atomically replaces) {@code target}.
	 * @throws IllegalArgumentException for no labels, repeated labels or keys, a matrix
	 * of another size, or a label or key SeriesFrame would refuse as a name
	 */
	public static void write(Path target, List<String> labels, List<Matrix> matrices) {
		check(labels, matrices);
		try (StoreBatch batch = new StoreBatch()) {
			batch.add(target, (hdf) -> {
				for (Matrix matrix : matrices) {
					writeFrame(hdf.putGroup(matrix.key()), labels, matrix);
				}
			});
			batch.commit();
		}
	}

	private static void writeFrame(WritableGroup group, List<String> labels, Matrix matrix) {
		String[] names = labels.toArray(String[]::new);
		ExactStringAttribute.put(group, PandasLayout.PANDAS_TYPE, PandasLayout.FRAME);
		ExactStringAttribute.put(group, PandasLayout.PANDAS_VERSION, PandasLayout.FORMAT_VERSION);
		ExactStringAttribute.put(group, PandasLayout.ENCODING, PandasLayout.UTF_8);
		ExactStringAttribute.put(group, PandasLayout.ERRORS, PandasLayout.STRICT);
		group.putAttribute(PandasLayout.NDIM, 2L);
		group.putAttribute(PandasLayout.NBLOCKS, 1L);
		for (String axis : List.of(PandasLayout.AXIS0, PandasLayout.AXIS1, PandasLayout.items(0))) {
			ExactStringAttribute.put(group, axis + PandasLayout.VARIETY, PandasLayout.REGULAR);
			WritableDataset labelled = group.putDataset(axis, names);
			ExactStringAttribute.put(labelled, PandasLayout.KIND, PandasLayout.KIND_STRING);
			ExactStringAttribute.putAscii(labelled, PandasLayout.NAME, PICKLED_NONE);
		}
		group.putDataset(PandasLayout.values(0), matrix.transposed()).putAttribute(PandasLayout.TRANSPOSED, false);
	}

	private static void check(List<String> labels, List<Matrix> matrices) {
		if (labels.isEmpty() || matrices.isEmpty()) {
			throw new IllegalArgumentException("A labelled matrix needs at least one label and one matrix");
		}
		if (new HashSet<>(labels).size() != labels.size()) {
			throw new IllegalArgumentException("Labels repeat: " + labels);
		}
		for (String label : labels) {
			SeriesFrame.checkName("label", label);
		}
		HashSet<String> keys = new HashSet<>();
		for (Matrix matrix : matrices) {
			SeriesFrame.checkName("key", Objects.requireNonNull(matrix.key(), "key"));
			if (!keys.add(matrix.key()) || matrix.size() != labels.size()) {
				throw new IllegalArgumentException("Matrix '" + matrix.key() + "' repeats a key or is not "
						+ labels.size() + " × " + labels.size());
			}
		}
	}

}
