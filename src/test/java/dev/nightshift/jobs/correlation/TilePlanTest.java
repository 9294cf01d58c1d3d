package dev.nightshift.jobs.correlation;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TilePlanTest {

	@Test
	void aSmallMatrixIsOneTileALargeOneAtMostFourPerThread() {
		assertThat(TilePlan.of(100, 2520, 2, 0).tiles()).hasSize(1);
		assertThat(TilePlan.of(500, 2520, 2, 0)).isEqualTo(new TilePlan(500, 250));
		assertThat(TilePlan.of(1000, 2520, 2, 0)).isEqualTo(new TilePlan(1000, 250));
		assertThat(TilePlan.of(1000, 2520, 8, 0).tiles()).hasSize(15);
		assertThat(TilePlan.of(9000, 2520, 2, 0).blockSize()).isEqualTo(TilePlan.MAX_BLOCK);
	}

	@Test
	void tilesCoverTheUpperTriangleOnceWithStableNames() {
		TilePlan plan = TilePlan.of(70, 300, 2, 32);
		List<TilePlan.Tile> tiles = plan.tiles();
		assertThat(tiles).extracting(tile -> tile.row() + "," + tile.column())
			.containsExactly("0,0", "0,1", "0,2", "1,1", "1,2", "2,2");
		assertThat(tiles).extracting(TilePlan.Tile::partitionName).startsWith("partition-0000", "partition-0001");
		assertThat(plan.width(2)).isEqualTo(6);
		long pairs = 0;
		for (TilePlan.Tile tile : tiles) {
			int rows = plan.width(tile.row());
			pairs += (tile.row() == tile.column()) ? (long) rows * (rows - 1) / 2
					: (long) rows * plan.width(tile.column());
		}
		assertThat(pairs).isEqualTo(70 * 69 / 2);
	}

}
