package dev.nightshift.jobs.correlation;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.nightshift.engine.WorkArea;

/**
 * A tile's {@link PairwiseCorrelation.Tile} in the work area: rows, columns, then the
 * correlations and the common dates, row-major. Written under a temporary name and moved
 * into place, so a tile that has a file is complete.
 */
final class TileResults {

	private TileResults() {
	}

	static void write(Path file, PairwiseCorrelation.Tile tile) throws IOException {
		Files.createDirectories(file.getParent());
		Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
		ByteBuffer buffer = ByteBuffer.allocate(2 * Integer.BYTES + tile.r().length * (Double.BYTES + Integer.BYTES))
			.order(ByteOrder.LITTLE_ENDIAN);
		buffer.putInt(tile.rows()).putInt(tile.columns());
		buffer.asDoubleBuffer().put(tile.r());
		buffer.position(buffer.position() + tile.r().length * Double.BYTES);
		buffer.asIntBuffer().put(tile.common());
		Files.write(temporary, buffer.array());
		WorkArea.publish(temporary, file);
	}

	static PairwiseCorrelation.Tile read(Path file) throws IOException {
		ByteBuffer buffer = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
		int rows = buffer.getInt();
		int columns = buffer.getInt();
		double[] r = new double[rows * columns];
		int[] common = new int[rows * columns];
		buffer.asDoubleBuffer().get(r);
		buffer.position(buffer.position() + r.length * Double.BYTES);
		buffer.asIntBuffer().get(common);
		return new PairwiseCorrelation.Tile(rows, columns, r, common);
	}

}
