package dev.nightshift.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Node;
import io.jhdf.exceptions.HdfException;

/**
 * Reads a store in pandas' fixed format with a DatetimeIndex: ours, or one pandas wrote
 * with {@code df.to_hdf(path, key='data')} (blocks stored {@code [rows][columns]},
 * transposed).
 */
public final class PandasStoreReader {

	private PandasStoreReader() {
	}

	/**
	 * @throws IllegalArgumentException when the file is not such a store, naming it and
	 * what is missing
	 */
	public static SeriesFrame read(Path store) {
		try (HdfFile hdf = new HdfFile(store)) {
			return read(hdf, store);
		}
		catch (HdfException ex) {
			throw new IllegalArgumentException(store + " is not a readable HDF5 store: " + ex.getMessage(), ex);
		}
	}

	private static SeriesFrame read(HdfFile hdf, Path store) {
		String[] names = (String[]) dataset(hdf, store, "data/axis0").getData();
		Dataset axis1 = dataset(hdf, store, "data/axis1");
		if (!"datetime64".equals(text(axis1, "kind"))) {
			throw new IllegalArgumentException(
					store + ": the index (data/axis1) is not a DatetimeIndex (kind " + text(axis1, "kind") + ")");
		}
		long[] index = (long[]) axis1.getData();
		String indexName = text(axis1, "name");
		Map<String, SeriesFrame.Column> byName = new HashMap<>();
		long blocks = ((Number) attribute(hdf.getByPath("data"), store, "nblocks")).longValue();
		for (int i = 0; i < blocks; i++) {
			String[] items = (String[]) dataset(hdf, store, "data/block" + i + "_items").getData();
			Dataset values = dataset(hdf, store, "data/block" + i + "_values");
			boolean transposed = isTrue(values.getAttribute("transposed"));
			Object data = values.getData();
			for (int item = 0; item < items.length; item++) {
				byName.put(items[item], column(items[item], data, item, transposed, index.length));
			}
		}
		List<SeriesFrame.Column> columns = new ArrayList<>();
		for (String name : names) {
			SeriesFrame.Column column = byName.get(name);
			if (column == null) {
				throw new IllegalArgumentException(store + ": column '" + name + "' is in no block");
			}
			columns.add(column);
		}
		return new SeriesFrame(
				(indexName == null || indexName.isEmpty() || "N.".equals(indexName)) ? "index" : indexName, index,
				columns);
	}

	/**
	 * Column {@code item} of a block: {@code [rows][items]} when transposed, else
	 * {@code [items][rows]}.
	 */
	private static SeriesFrame.Column column(String name, Object block, int item, boolean transposed, int rows) {
		if (block instanceof double[][] doubles) {
			double[] values = new double[rows];
			for (int row = 0; row < rows; row++) {
				values[row] = transposed ? doubles[row][item] : doubles[item][row];
			}
			return SeriesFrame.Column.ofDoubles(name, values);
		}
		if (block instanceof long[][] longs) {
			long[] values = new long[rows];
			for (int row = 0; row < rows; row++) {
				values[row] = transposed ? longs[row][item] : longs[item][row];
			}
			return SeriesFrame.Column.ofLongs(name, values);
		}
		throw new IllegalArgumentException(
				"column '" + name + "': unsupported block type " + block.getClass().getSimpleName());
	}

	private static Dataset dataset(HdfFile hdf, Path store, String path) {
		try {
			Node node = hdf.getByPath(path);
			if (node instanceof Dataset dataset) {
				return dataset;
			}
		}
		catch (HdfException ex) {
			// reported below
		}
		throw new IllegalArgumentException(
				store + " has no dataset " + path + ": not a pandas fixed-format store under key 'data'");
	}

	private static Object attribute(Node node, Path store, String name) {
		Attribute attribute = node.getAttribute(name);
		if (attribute == null) {
			throw new IllegalArgumentException(store + ": " + node.getPath() + " has no attribute " + name);
		}
		return attribute.getData();
	}

	private static String text(Node node, String name) {
		Attribute attribute = node.getAttribute(name);
		return (attribute != null && attribute.getData() instanceof String text) ? text : null;
	}

	/** pandas writes a numpy bool (an HDF5 enum), jHDF a bit field. */
	private static boolean isTrue(Attribute attribute) {
		if (attribute == null) {
			return false;
		}
		Object value = attribute.getData();
		if (value instanceof Boolean bool) {
			return bool;
		}
		if (value instanceof BitSet bits) {
			return bits.get(0);
		}
		if (value instanceof Number number) {
			return number.intValue() != 0;
		}
		return (value instanceof String text) && text.equalsIgnoreCase("true");
	}

}
