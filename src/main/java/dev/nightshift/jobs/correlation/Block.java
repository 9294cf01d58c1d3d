package dev.nightshift.jobs.correlation;

import java.util.Arrays;

/**
 * Consecutive series laid out for {@link PairwiseCorrelation}: each centred on its own
 * mean and zero where missing, date-major ({@code [date * width + series]}); prefix sums
 * over the dates of those values and of their squares ({@code [date * width + series]},
 * {@code dates + 1} rows); the runs of dates where each series is missing; a presence bit
 * set per series; and the values as read, for the direct computation of ill-conditioned
 * pairs.
 */
record Block(int width, int dates, double[] centred, double[] prefix, double[] prefixSquares, int[][] missingRuns,
		long[][] masks, double[][] raw) {

	/**
	 * @param values one array per series over the same dates, NaN where missing
	 */
	static Block of(double[][] values) {
		int width = values.length;
		int dates = (width > 0) ? values[0].length : 0;
		double[] centred = new double[width * dates];
		double[] prefix = new double[width * (dates + 1)];
		double[] prefixSquares = new double[width * (dates + 1)];
		int[][] missingRuns = new int[width][];
		long[][] masks = new long[width][(dates + 63) >>> 6];
		for (int s = 0; s < width; s++) {
			double[] series = values[s];
			double mean = mean(series);
			double sum = 0;
			double sumSquares = 0;
			int[] runs = new int[8];
			int runCount = 0;
			for (int t = 0; t < dates; t++) {
				if (Double.isNaN(series[t])) {
					if (runCount == 0 || runs[runCount - 1] != t) {
						if (runCount + 2 > runs.length) {
							runs = Arrays.copyOf(runs, runs.length * 2);
						}
						runs[runCount++] = t;
						runs[runCount++] = t + 1;
					}
					else {
						runs[runCount - 1] = t + 1;
					}
				}
				else {
					double d = series[t] - mean;
					centred[t * width + s] = d;
					sum += d;
					sumSquares += d * d;
					masks[s][t >>> 6] |= 1L << t;
				}
				prefix[(t + 1) * width + s] = sum;
				prefixSquares[(t + 1) * width + s] = sumSquares;
			}
			missingRuns[s] = Arrays.copyOf(runs, runCount);
		}
		return new Block(width, dates, centred, prefix, prefixSquares, missingRuns, masks, values);
	}

	double[] raw(int series) {
		return this.raw[series];
	}

	/** Σ of the centred values of {@code series}, or of their squares, over all dates. */
	double total(int series, boolean squares) {
		return (squares ? this.prefixSquares : this.prefix)[this.dates * this.width + series];
	}

	/**
	 * Dates on which series {@code i} of this block and {@code j} of {@code other} both
	 * have values.
	 */
	int common(int i, Block other, int j) {
		long[] a = this.masks[i];
		long[] b = other.masks[j];
		int count = 0;
		for (int w = 0; w < a.length; w++) {
			count += Long.bitCount(a[w] & b[w]);
		}
		return count;
	}

	private static double mean(double[] series) {
		double sum = 0;
		long count = 0;
		for (double value : series) {
			if (!Double.isNaN(value)) {
				sum += value;
				count++;
			}
		}
		return (count > 0) ? sum / count : 0;
	}

}
