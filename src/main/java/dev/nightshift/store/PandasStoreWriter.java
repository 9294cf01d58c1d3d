package dev.nightshift.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.Node;
import io.jhdf.api.WritableAttributeImpl;
import io.jhdf.api.WritableDataset;
import io.jhdf.api.WritableGroup;
import io.jhdf.api.WritableNode;
import io.jhdf.object.datatype.DataType;

/**
 * Writes a {@link SeriesFrame} as pandas' fixed format under the key {@code data}: group
 * {@code /data} with the column names ({@code axis0}), the index as int64 epoch
 * nanoseconds ({@code axis1}, kind {@code datetime64}, named after the time field) and
 * one block per dtype (float64 first, then int64). Block values are stored column by
 * column ({@code [columns][rows]}, {@code transposed=false}), which pandas reads as well
 * as its own {@code [rows][columns]} and jHDF writes fifty times faster. The file is
 * written beside the target under a temporary name and moved into place: jHDF does not
 * truncate a file it overwrites, and a reader never sees half a store.
 */
public final class PandasStoreWriter {

	private PandasStoreWriter() {
	}

	/**
	 * @throws IllegalArgumentException for a frame without rows or columns (HDF5 has no
	 * empty datasets in jHDF)
	 */
	public static void write(Path target, SeriesFrame frame) {
		if (frame.rows() == 0 || frame.columns().isEmpty()) {
			throw new IllegalArgumentException(
					"cannot store " + target + ": a store needs at least one row and one column (" + frame.rows()
							+ " rows, " + frame.columns().size() + " columns)");
		}
		try {
			Path directory = target.toAbsolutePath().getParent();
			Files.createDirectories(directory);
			Path temporary = Files.createTempFile(directory, "." + target.getFileName(), ".tmp");
			try {
				writeFile(temporary, frame);
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			finally {
				Files.deleteIfExists(temporary);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write store " + target, ex);
		}
	}

	private static void writeFile(Path file, SeriesFrame frame) {
		List<Block> blocks = Block.of(frame);
		try (WritableHdfFile hdf = HdfFile.write(file)) {
			hdf.removeAttribute("_jHDF");
			WritableGroup data = hdf.putGroup("data");
			text(data, "pandas_type", "frame");
			text(data, "pandas_version", "0.15.2");
			text(data, "encoding", "UTF-8");
			text(data, "errors", "strict");
			data.putAttribute("ndim", 2L);
			data.putAttribute("nblocks", (long) blocks.size());
			text(data, "axis0_variety", "regular");
			text(data, "axis1_variety", "regular");

			WritableDataset axis0 = data.putDataset("axis0",
					frame.columns().stream().map(SeriesFrame.Column::name).toArray(String[]::new));
			text(axis0, "kind", "string");
			WritableDataset axis1 = data.putDataset("axis1", frame.epochNanos());
			text(axis1, "kind", "datetime64");
			text(axis1, "index_class", "datetime");
			text(axis1, "name", frame.indexName());

			for (int i = 0; i < blocks.size(); i++) {
				Block block = blocks.get(i);
				text(data, "block" + i + "_items_variety", "regular");
				WritableDataset items = data.putDataset("block" + i + "_items", block.names());
				text(items, "kind", "string");
				WritableDataset values = data.putDataset("block" + i + "_values", block.values());
				values.putAttribute("transposed", false);
			}
		}
	}

	private static void text(WritableNode node, String name, String value) {
		node.getAttributes().put(name, new TextAttribute(name, node, value));
	}

	/**
	 * A string attribute of exactly its value's length (see {@link ExactLengthString}).
	 */
	private static final class TextAttribute extends WritableAttributeImpl {

		private final DataType type;

		TextAttribute(String name, Node node, String value) {
			super(name, node, value);
			this.type = new ExactLengthString(value);
		}

		@Override
		public DataType getDataType() {
			return this.type;
		}

	}

	/**
	 * The columns of one dtype, as {@code double[columns][rows]} or
	 * {@code long[columns][rows]}.
	 */
	private record Block(String[] names, Object values) {

		static List<Block> of(SeriesFrame frame) {
			List<SeriesFrame.Column> doubles = frame.columns().stream().filter(c -> !c.integral()).toList();
			List<SeriesFrame.Column> longs = frame.columns().stream().filter(SeriesFrame.Column::integral).toList();
			List<Block> blocks = new ArrayList<>();
			if (!doubles.isEmpty()) {
				blocks.add(new Block(names(doubles),
						doubles.stream().map(SeriesFrame.Column::doubles).toArray(double[][]::new)));
			}
			if (!longs.isEmpty()) {
				blocks
					.add(new Block(names(longs), longs.stream().map(SeriesFrame.Column::longs).toArray(long[][]::new)));
			}
			return blocks;
		}

		private static String[] names(List<SeriesFrame.Column> columns) {
			return columns.stream().map(SeriesFrame.Column::name).toArray(String[]::new);
		}

	}

}
