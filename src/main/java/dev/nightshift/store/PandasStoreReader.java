package dev.nightshift.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.exceptions.HdfException;
import io.jhdf.object.datatype.DataType;
import io.jhdf.object.datatype.FixedPoint;
import io.jhdf.object.datatype.FloatingPoint;
import io.jhdf.object.datatype.StringData;

/**
 * Reads a pandas fixed-format DataFrame with a DatetimeIndex under the key {@code data}:
 * the stores {@link PandasStoreWriter} writes ([columns][rows] blocks) and those
 * {@code df.to_hdf(path, key='data')} writes ([rows][columns] blocks marked
 * {@code transposed}). Columns come back in pandas' column order (axis0), whatever block
 * holds them. Only float64 and int64 columns are read; other dtypes, the table format, a
 * MultiIndex or any other layout fail with an {@link IllegalArgumentException} naming the
 * file and the node. An unnamed index (pandas stores a pickled {@code None}) reads as
 * {@code "index"}, the name {@code reset_index()} gives it. A time zone on the index is
 * ignored: pandas stores UTC values either way. The index must be strictly ascending and
 * the names must follow {@link SeriesFrame}'s rules.
 * <p>
 * Column names are decoded from their bytes with the store's {@code encoding}, as pandas
 * does: pandas writes UTF-8 into datasets typed ASCII, which jHDF would decode as ASCII.
 * That reads the raw bytes through jHDF's {@code DatasetBase}, an internal of the pinned
 * 0.13.0.
 *
 * <pre>{@code
 * double[] close = PandasStoreReader.read(store).column("close").doubles();
 * }</pre>
 */
public final class PandasStoreReader {

	/** PyTables' {@code None}: pickled, in an ASCII string. */
	private static final String PICKLED_NONE = "N.";

	private static final String UNNAMED_INDEX = "index";

	private final StoreNodes nodes;

	private PandasStoreReader(StoreNodes nodes) {
		this.nodes = nodes;
	}

	/**
	 * Reads the whole store.
	 * @throws IllegalArgumentException when there is no such file, or it is not HDF5, or
	 * not such a frame
	 */
	public static SeriesFrame read(Path store) {
		if (!Files.isRegularFile(store)) {
			throw new IllegalArgumentException("There is no store file " + store);
		}
		try (HdfFile hdf = new HdfFile(store)) {
			if (!(hdf.getChild(PandasLayout.KEY) instanceof Group group)) {
				throw new IllegalArgumentException(
						store + " is not a pandas store with key '" + PandasLayout.KEY + "': there is no group /data");
			}
			return new PandasStoreReader(new StoreNodes(store, group)).frame();
		}
		catch (HdfException ex) {
			throw new IllegalArgumentException("Cannot read " + store + " as HDF5: " + ex.getMessage(), ex);
		}
	}

	private SeriesFrame frame() {
		this.nodes.expect(this.nodes.group(), PandasLayout.PANDAS_TYPE, PandasLayout.FRAME);
		if (this.nodes.longAttribute(this.nodes.group(), PandasLayout.NDIM) != 2) {
			throw this.nodes.layout("ndim is not 2");
		}
		String[] names = this.nodes.names(PandasLayout.AXIS0);
		long[] index = index();
		Map<String, SeriesFrame.Column> byName = new HashMap<>();
		long blocks = this.nodes.longAttribute(this.nodes.group(), PandasLayout.NBLOCKS);
		for (int block = 0; block < blocks; block++) {
			for (SeriesFrame.Column column : block(block, index.length)) {
				if (byName.put(column.name(), column) != null) {
					throw this.nodes.layout("column '" + column.name() + "' is in two blocks");
				}
			}
		}
		List<SeriesFrame.Column> columns = new ArrayList<>();
		for (String name : names) {
			SeriesFrame.Column column = byName.remove(name);
			if (column == null) {
				throw this.nodes.layout("column '" + name + "' of axis0 is in no block");
			}
			columns.add(column);
		}
		if (!byName.isEmpty()) {
			throw this.nodes.layout("blocks hold columns that axis0 does not list: " + byName.keySet());
		}
		try {
			return new SeriesFrame(indexName(), index, columns);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(this.nodes.store() + ": " + ex.getMessage(), ex);
		}
	}

	private long[] index() {
		Dataset axis = this.nodes.regular(PandasLayout.AXIS1);
		Object kind = StoreNodes.attributeValue(axis, PandasLayout.KIND);
		if (!PandasLayout.KIND_DATETIME.equals(kind) && !PandasLayout.KIND_DATETIME_NS.equals(kind)) {
			throw this.nodes.layout(axis, "kind is " + kind + ", not a nanosecond DatetimeIndex ('"
					+ PandasLayout.KIND_DATETIME + "' or '" + PandasLayout.KIND_DATETIME_NS + "')");
		}
		if (!(axis.getDataType() instanceof FixedPoint type && type.isSigned() && type.getSize() == 8)
				|| axis.getDimensions().length != 1) {
			throw this.nodes.layout(axis, "is not a one-dimensional int64 array");
		}
		return (long[]) axis.getData();
	}

	private String indexName() {
		Attribute name = this.nodes.dataset(PandasLayout.AXIS1).getAttribute(PandasLayout.NAME);
		if (name == null || name.getDataType() instanceof StringData type
				&& type.getCharset() == StandardCharsets.US_ASCII && PICKLED_NONE.equals(name.getData())) {
			return UNNAMED_INDEX;
		}
		if (!(name.getData() instanceof String text)) {
			throw this.nodes.layout(this.nodes.dataset(PandasLayout.AXIS1), "has an index name that is not a string");
		}
		return text;
	}

	private List<SeriesFrame.Column> block(int block, int rows) {
		String[] names = this.nodes.names(PandasLayout.items(block));
		Dataset values = this.nodes.dataset(PandasLayout.values(block));
		boolean transposed = Boolean.TRUE.equals(StoreNodes.attributeValue(values, PandasLayout.TRANSPOSED));
		int[] expected = transposed ? new int[] { rows, names.length } : new int[] { names.length, rows };
		if (!Arrays.equals(values.getDimensions(), expected)) {
			throw this.nodes.layout(values,
					"has shape " + Arrays.toString(values.getDimensions()) + " but " + Arrays.toString(expected)
							+ " was expected for " + names.length + " columns and " + rows + " rows"
							+ (transposed ? " (transposed)" : ""));
		}
		DataType type = values.getDataType();
		boolean floats = type instanceof FloatingPoint && type.getSize() == 8;
		if (!floats && !(type instanceof FixedPoint fixed && fixed.isSigned() && type.getSize() == 8)) {
			throw this.nodes.layout(values, "holds " + type.getClass().getSimpleName() + " of " + type.getSize()
					+ " bytes; only float64 and int64 columns are supported");
		}
		Object flat = values.getDataFlat();
		List<SeriesFrame.Column> columns = new ArrayList<>();
		for (int c = 0; c < names.length; c++) {
			int first = transposed ? c : c * rows;
			int step = transposed ? names.length : 1;
			columns.add(floats ? SeriesFrame.Column.ofDoubles(names[c], stride((double[]) flat, first, step, rows))
					: SeriesFrame.Column.ofLongs(names[c], stride((long[]) flat, first, step, rows)));
		}
		return columns;
	}

	private static double[] stride(double[] flat, int first, int step, int count) {
		double[] values = new double[count];
		for (int i = 0; i < count; i++) {
			values[i] = flat[first + i * step];
		}
		return values;
	}

	private static long[] stride(long[] flat, int first, int step, int count) {
		long[] values = new long[count];
		for (int i = 0; i < count; i++) {
			values[i] = flat[first + i * step];
		}
		return values;
	}

}
