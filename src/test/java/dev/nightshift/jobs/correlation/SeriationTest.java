package dev.nightshift.jobs.correlation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import dev.nightshift.jobs.correlation.CorrelationParameters.Transform;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SeriationTest {

	@Test
	void seriesOfOneGroupSitTogetherInTheOrder() {
		Random random = new Random(5);
		double[][] factors = new double[4][300];
		for (double[] factor : factors) {
			Arrays.setAll(factor, t -> random.nextGaussian());
		}
		// Series s follows factor s % 4, so the groups interleave in the input.
		double[][] series = new double[24][300];
		for (int s = 0; s < 24; s++) {
			double[] factor = factors[s % 4];
			Arrays.setAll(series[s], t -> factor[t] + 0.5 * random.nextGaussian());
		}
		double[][] r = new double[24][24];
		for (int i = 0; i < 24; i++) {
			for (int j = 0; j < 24; j++) {
				r[i][j] = TwoPass.correlation(series[i], series[j], 1);
			}
		}
		r[3][7] = r[7][3] = Double.NaN;

		int[] order = Seriation.order(r);

		assertThat(Arrays.stream(order).sorted().toArray()).as("a permutation")
			.containsExactly(IntStream.range(0, 24).toArray());
		List<Integer> runs = new ArrayList<>();
		for (int index : order) {
			if (runs.isEmpty() || runs.get(runs.size() - 1) != index % 4) {
				runs.add(index % 4);
			}
		}
		assertThat(runs).as("the group of each run along %s", Arrays.toString(order)).hasSize(4);
	}

	@Test
	void returnsAndLogReturnsAreComputedOnEachSeriesOwnRows() {
		double[] prices = { 100, 110, Double.NaN, 99, 99 };
		assertThat(Transform.NONE.apply(prices)).isSameAs(prices);
		double[] returns = Transform.RETURNS.apply(prices);
		assertThat(returns[0]).isNaN();
		assertThat(returns[1]).isCloseTo(0.1, within(1e-15));
		assertThat(returns[2]).isNaN();
		assertThat(returns[3]).isNaN();
		assertThat(returns[4]).isZero();
		double[] logs = Transform.LOG_RETURNS.apply(prices);
		assertThat(logs[1]).isCloseTo(Math.log(1.1), within(1e-15));
		assertThat(Transform.of("log-returns")).isEqualTo(Transform.LOG_RETURNS);
	}

	/**
	 * Correlation of the daily returns: the groups show in returns, not in price levels.
	 */
	private static double returnsCorrelation(double[] a, double[] b) {
		return TwoPass.correlation(Transform.RETURNS.apply(a), Transform.RETURNS.apply(b), 2);
	}

}
