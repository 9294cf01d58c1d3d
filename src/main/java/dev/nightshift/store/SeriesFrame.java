package dev.nightshift.store;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Columns of numbers over a time index: what a store holds.
 *
 * @param indexName the name of the DatetimeIndex (the time field, such as {@code date})
 * @param epochNanos the index, epoch nanoseconds UTC, strictly ascending
 * @param columns the columns, each as long as the index
 */
public record SeriesFrame(String indexName, long[] epochNanos, List<Column> columns) {

	public SeriesFrame {
		requireName(indexName, "index");
		for (int i = 1; i < epochNanos.length; i++) {
			if (epochNanos[i] <= epochNanos[i - 1]) {
				throw new IllegalArgumentException(
						"index not strictly ascending at row " + i + ": " + epochNanos[i - 1] + ", " + epochNanos[i]);
			}
		}
		Set<String> names = new HashSet<>();
		for (Column column : columns) {
			if (column.length() != epochNanos.length) {
				throw new IllegalArgumentException("column '" + column.name() + "' has " + column.length()
						+ " values for an index of " + epochNanos.length);
			}
			if (!names.add(column.name())) {
				throw new IllegalArgumentException("two columns named '" + column.name() + "'");
			}
		}
		columns = List.copyOf(columns);
	}

	public int rows() {
		return this.epochNanos.length;
	}

	/** The column of that name, or null. */
	public Column column(String name) {
		return this.columns.stream().filter(column -> column.name().equals(name)).findFirst().orElse(null);
	}

	/**
	 * One column: int64 values ({@code longs}) or float64 values ({@code doubles}), never
	 * both.
	 */
	public record Column(String name, double[] doubles, long[] longs) {

		public Column {
			requireName(name, "column");
			if ((doubles == null) == (longs == null)) {
				throw new IllegalArgumentException("column '" + name + "' needs either doubles or longs");
			}
		}

		public static Column ofDoubles(String name, double[] values) {
			return new Column(name, values, null);
		}

		public static Column ofLongs(String name, long[] values) {
			return new Column(name, null, values);
		}

		/** int64 rather than float64. */
		public boolean integral() {
			return this.longs != null;
		}

		public int length() {
			return integral() ? this.longs.length : this.doubles.length;
		}

		/** The value of a row as a double, whatever the dtype. */
		public double value(int row) {
			return integral() ? this.longs[row] : this.doubles[row];
		}

	}

	/**
	 * HDF5 paths use '/': a name holding one would make another node (and jHDF corrupts
	 * the file).
	 */
	private static void requireName(String name, String what) {
		if (name == null || name.isEmpty() || name.indexOf('/') >= 0) {
			throw new IllegalArgumentException(what + " name must be non-empty and without '/': '" + name + "'");
		}
	}

}
