package dev.nightshift.jobs.correlation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.nightshift.engine.WorkArea;
import tools.jackson.databind.json.JsonMapper;

/**
 * The upper triangle of the series × series matrix in tiles of blocks of
 * {@code blockSize} consecutive series: tile (row block, column block) with row ≤ column,
 * one partition of step {@code pairs} each. A partition costs Spring Batch tens of
 * milliseconds, so a tile holds at least {@link #TILE_WORK} pairs × dates (one tile for a
 * small matrix), and there are at most four per thread, enough to even out the diagonal
 * tiles (half the others) and a thread that starts slow. Blocks have at most
 * {@link #MAX_BLOCK} series. Fixed by step {@code load} in the work area, so that a
 * restart has the same partitions even with other settings.
 */
record TilePlan(int series, int blockSize) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Pairs × dates of a tile at least: about 40 ms on one thread. */
	static final long TILE_WORK = 100_000_000L;

	static final int MAX_BLOCK = 1024;

	/**
	 * @param blockSize series per block as the operator asked; 0 to choose from the size
	 * of the matrix and the threads
	 */
	static TilePlan of(int series, int dates, int threads, int blockSize) {
		if (blockSize > 0) {
			return new TilePlan(series, blockSize);
		}
		long work = (long) series * (series - 1) / 2 * dates;
		long tiles = Math.max(1, Math.min(4L * threads, work / TILE_WORK));
		int blocks = 1;
		while (blocks * (blocks + 1) / 2 < tiles) {
			blocks++;
		}
		int size = (series + blocks - 1) / blocks;
		return new TilePlan(series, Math.min(MAX_BLOCK, Math.max(1, size)));
	}

	int blocks() {
		return (this.series + this.blockSize - 1) / this.blockSize;
	}

	List<Tile> tiles() {
		List<Tile> tiles = new ArrayList<>();
		for (int row = 0; row < blocks(); row++) {
			for (int column = row; column < blocks(); column++) {
				tiles.add(new Tile(tiles.size(), row, column));
			}
		}
		return tiles;
	}

	int first(int block) {
		return block * this.blockSize;
	}

	int width(int block) {
		return Math.min(this.blockSize, this.series - first(block));
	}

	void write(WorkArea area) throws IOException {
		Path temporary = AlignedSeries.folder(area).resolve(".tiles.json.tmp");
		JSON.writeValue(temporary.toFile(), this);
		WorkArea.publish(temporary, file(area));
	}

	static TilePlan read(WorkArea area) {
		return JSON.readValue(file(area).toFile(), TilePlan.class);
	}

	private static Path file(WorkArea area) {
		return AlignedSeries.folder(area).resolve("tiles.json");
	}

	/**
	 * Tile {@code number} pairs the series of {@code row} with those of {@code column}.
	 */
	record Tile(int number, int row, int column) {

		String partitionName() {
			return "partition-%04d".formatted(this.number);
		}

		Path resultFile(WorkArea area) {
			return AlignedSeries.folder(area).resolve("tiles").resolve(partitionName() + ".bin");
		}

	}

}
