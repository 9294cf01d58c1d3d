package dev.nightshift.jobs.correlation;

import java.util.Arrays;
import java.util.Random;

/**
 * Price-like series in a few correlated groups, with what real stores have: late starts,
 * early ends, missing days, constant stretches, a series with a single value, and two
 * series that never overlap.
 */
final class SeriesWithGaps {

	private SeriesWithGaps() {
	}

	static double[][] generate(int count, int dates, long seed) {
		Random random = new Random(seed);
		double[][] factors = new double[4][dates];
		for (double[] factor : factors) {
			for (int t = 0; t < dates; t++) {
				factor[t] = random.nextGaussian();
			}
		}
		double[][] series = new double[count][dates];
		for (int s = 0; s < count; s++) {
			double[] factor = factors[s % factors.length];
			double price = 50 + 100 * random.nextDouble();
			double loading = random.nextDouble();
			for (int t = 0; t < dates; t++) {
				price *= 1 + 0.01 * (loading * factor[t] + (1 - loading) * random.nextGaussian());
				series[s][t] = price;
			}
			int start = (random.nextInt(3) == 0) ? random.nextInt(dates / 2) : 0;
			int end = (random.nextInt(5) == 0) ? dates - random.nextInt(dates / 3) : dates;
			Arrays.fill(series[s], 0, start, Double.NaN);
			Arrays.fill(series[s], end, dates, Double.NaN);
			for (int t = 0; t < dates; t++) {
				if (random.nextInt(40) == 0) {
					series[s][t] = Double.NaN;
				}
			}
			if (s % 17 == 3) {
				int from = start + random.nextInt(Math.max(1, (end - start) / 2));
				Arrays.fill(series[s], from, Math.min(end, from + 40 + random.nextInt(200)), series[s][from]);
			}
		}
		if (count > 10) {
			Arrays.fill(series[count - 1], Double.NaN);
			series[count - 1][dates / 2] = 42;
			Arrays.fill(series[count - 2], 0, dates / 2, Double.NaN);
			Arrays.fill(series[count - 3], dates / 2, dates, Double.NaN);
			Arrays.fill(series[5], 0.1);
		}
		return series;
	}

}
