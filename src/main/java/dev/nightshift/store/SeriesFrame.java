package dev.nightshift.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A table of numeric columns over a strictly ascending DatetimeIndex: what one pandas
 * store holds. The arrays are not copied (a frame of many years of prices should not
 * exist twice), so whoever builds a frame hands its arrays over and must not change them
 * afterwards.
 * <p>
 * Names (the index name and column names) are non-empty, at most 1024 UTF-8 bytes and
 * free of {@code '/'} and NUL: the index name becomes an HDF5 attribute (jHDF corrupts
 * attributes of about 64 KB), names are stored NUL-terminated, and without {@code '/'}
 * they stay usable as HDF5 node names should a layout ever need that.
 * {@code Long.MIN_VALUE} is refused in the index because pandas reads it as NaT.
 *
 * <pre>{@code
 * SeriesFrame frame = new SeriesFrame("date", new long[] { day1, day2 },
 * 		List.of(Column.ofDoubles("close", new double[] { 101.5, 99.25 }),
 * 				Column.ofLongs("volume", new long[] { 1200, 900 })));
 * double[] close = frame.column("close").doubles();
 * }</pre>
 *
 * @param indexName the name of the DatetimeIndex, such as {@code "date"}
 * @param epochNanos the index: nanoseconds since 1970-01-01T00:00Z, strictly ascending
 * @param columns the columns in display order, each with one value per index entry
 */
public record SeriesFrame(String indexName, long[] epochNanos, List<Column> columns) {

	private static final int MAX_NAME_BYTES = 1024;

	public SeriesFrame {
		checkName("index name", indexName);
		Objects.requireNonNull(epochNanos, "epochNanos");
		columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
		if (epochNanos.length > 0 && epochNanos[0] == Long.MIN_VALUE) {
			throw new IllegalArgumentException("Index value at row 0 is Long.MIN_VALUE, which pandas reads as NaT");
		}
		for (int row = 1; row < epochNanos.length; row++) {
			if (epochNanos[row] <= epochNanos[row - 1]) {
				throw new IllegalArgumentException("Index is not strictly ascending: row " + row + " is "
						+ epochNanos[row] + " after " + epochNanos[row - 1] + " at row " + (row - 1));
			}
		}
		Set<String> names = new HashSet<>();
		for (Column column : columns) {
			if (!names.add(column.name())) {
				throw new IllegalArgumentException("Duplicate column name '" + column.name() + "'");
			}
			if (column.length() != epochNanos.length) {
				throw new IllegalArgumentException("Column '" + column.name() + "' has " + column.length()
						+ " values but the index has " + epochNanos.length + " rows");
			}
		}
	}

	public int rows() {
		return this.epochNanos.length;
	}

	/**
	 * The column of that name; a job that needs {@code close} fails here, naming what
	 * exists.
	 */
	public Column column(String name) {
		for (Column column : this.columns) {
			if (column.name().equals(name)) {
				return column;
			}
		}
		throw new IllegalArgumentException("No column '" + name + "'; the columns are " + columnNames());
	}

	/** Frames are equal when their names and every value are equal (NaN equals NaN). */
	@Override
	public boolean equals(Object other) {
		return other instanceof SeriesFrame frame && this.indexName.equals(frame.indexName)
				&& Arrays.equals(this.epochNanos, frame.epochNanos) && this.columns.equals(frame.columns);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.indexName, Arrays.hashCode(this.epochNanos), this.columns);
	}

	@Override
	public String toString() {
		return "SeriesFrame[indexName=" + this.indexName + ", rows=" + rows() + ", columns=" + this.columns + "]";
	}

	private List<String> columnNames() {
		return this.columns.stream().map(Column::name).collect(Collectors.toList());
	}

	static void checkName(String what, String name) {
		if (name == null || name.isEmpty()) {
			throw new IllegalArgumentException("The " + what + " must not be empty");
		}
		if (name.indexOf('/') >= 0 || name.indexOf('\0') >= 0) {
			throw new IllegalArgumentException("The " + what + " '" + name + "' must not contain '/' or NUL");
		}
		if (name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
			throw new IllegalArgumentException("The " + what + " is longer than " + MAX_NAME_BYTES + " UTF-8 bytes");
		}
	}

	/**
	 * One column: float64 ({@link #doubles()}) or int64 ({@link #longs()}); the other
	 * array is {@code null}. Use the factories.
	 */
	public record Column(String name, double[] doubles, long[] longs) {

		public Column {
			checkName("column name", name);
			if ((doubles == null) == (longs == null)) {
				throw new IllegalArgumentException("Column '" + name + "' needs exactly one of doubles and longs, not "
						+ ((doubles == null) ? "neither" : "both"));
			}
		}

		public static Column ofDoubles(String name, double[] values) {
			return new Column(name, Objects.requireNonNull(values, "values"), null);
		}

		public static Column ofLongs(String name, long[] values) {
			return new Column(name, null, Objects.requireNonNull(values, "values"));
		}

		/** Whether this is an int64 column ({@link #longs()}) rather than float64. */
		public boolean integral() {
			return this.longs != null;
		}

		int length() {
			return integral() ? this.longs.length : this.doubles.length;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Column column && this.name.equals(column.name)
					&& Arrays.equals(this.doubles, column.doubles) && Arrays.equals(this.longs, column.longs);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.name, Arrays.hashCode(this.doubles), Arrays.hashCode(this.longs));
		}

		@Override
		public String toString() {
			return this.name + (integral() ? "(int64)" : "(float64)");
		}

	}

}
