package dev.nightshift.jobs.correlation;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PairwiseCorrelationTest {

	@Test
	void everyPairAgreesWithAPlainTwoPassComputationOverTheCommonDates() {
		double[][] series = SeriesWithGaps.generate(150, 700, 11);
		Block all = Block.of(series);
		PairwiseCorrelation.Tile tile = PairwiseCorrelation.compute(all, all, 1);
		int checked = 0;
		int nan = 0;
		for (int i = 0; i < series.length; i++) {
			for (int j = i + 1; j < series.length; j++) {
				double expected = TwoPass.correlation(series[i], series[j], 1);
				double actual = tile.r()[i * series.length + j];
				assertThat(tile.common()[i * series.length + j]).isEqualTo(TwoPass.common(series[i], series[j]));
				if (Double.isNaN(expected)) {
					assertThat(actual).as("pair %d, %d", i, j).isNaN();
					nan++;
				}
				else {
					assertThat(actual).as("pair %d, %d", i, j).isCloseTo(expected, within(1e-11));
				}
				checked++;
			}
		}
		assertThat(checked).isEqualTo(150 * 149 / 2);
		assertThat(nan).as("constant stretches, disjoint and single common dates exist").isGreaterThan(10);
	}

	@Test
	void twoDifferentBlocksGiveTheSameAsOneBlockOfAll() {
		double[][] series = SeriesWithGaps.generate(100, 300, 5);
		Block all = Block.of(series);
		Block rows = Block.of(Arrays.copyOfRange(series, 0, 37));
		Block columns = Block.of(Arrays.copyOfRange(series, 37, 100));
		PairwiseCorrelation.Tile whole = PairwiseCorrelation.compute(all, all, 3);
		PairwiseCorrelation.Tile part = PairwiseCorrelation.compute(rows, columns, 3);
		for (int i = 0; i < 37; i++) {
			for (int j = 0; j < 63; j++) {
				assertThat(Double.doubleToLongBits(part.r()[i * 63 + j]))
					.isEqualTo(Double.doubleToLongBits(whole.r()[i * 100 + 37 + j]));
			}
		}
	}

	@Test
	void fewerCommonDatesThanMinPeriodsGiveNaN() {
		double nan = Double.NaN;
		double[][] series = { { 1, 2, 3, 4, nan, nan }, { 2, 4, 5, nan, 1, 7 }, { nan, nan, nan, 9, 8, 7 } };
		Block all = Block.of(series);
		PairwiseCorrelation.Tile three = PairwiseCorrelation.compute(all, all, 3);
		assertThat(three.common()).as("the diagonal counts each series' own dates")
			.containsExactly(4, 3, 1, 0, 5, 2, 0, 0, 3);
		assertThat(three.r()[0]).isEqualTo(1.0);
		assertThat(three.r()[8]).isEqualTo(1.0);
		assertThat(three.r()[1]).isCloseTo(TwoPass.correlation(series[0], series[1], 3), within(1e-15));
		assertThat(three.r()[2]).isNaN();
		assertThat(three.r()[5]).isNaN();
		PairwiseCorrelation.Tile two = PairwiseCorrelation.compute(all, all, 2);
		assertThat(two.r()[5]).isCloseTo(-1, within(1e-15));
		PairwiseCorrelation.Tile four = PairwiseCorrelation.compute(all, all, 4);
		assertThat(four.r()[8]).as("3 dates, fewer than min-periods").isNaN();
	}

}
