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
 * one partition of step {@code pairs} each. About four tiles per thread, so that the
 * threads stay busy while the diagonal tiles (half the pairs) finish early; blocks of 32
 * to 256 series. Fixed by step {@code load} in the work area, so that a restart has the
 * same partitions even with other settings.
 */
record TilePlan(int series, int blockSize) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static TilePlan of(int series, int threads) {
		int blocks = 1;
		while (blocks * (blocks + 1) / 2 < 4 * threads) {
			blocks++;
		}
		int size = Math.max(32, Math.min(256, (series + blocks - 1) / blocks));
		return new TilePlan(series, size);
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
