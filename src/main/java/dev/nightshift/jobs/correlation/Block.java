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
		double[] means = new double[width];
		for (int s = 0; s < width; s++) {
			means[s] = mean(values[s]);
		}
		double[] centred = new double[width * dates];
		double[] prefix = new double[width * (dates + 1)];
		double[] prefixSquares = new double[width * (dates + 1)];
		MissingRuns runs = new MissingRuns(width);
		long[][] masks = new long[width][(dates + 63) >>> 6];
		// Date by date, so that the date-major arrays are written in order.
		for (int t = 0; t < dates; t++) {
			int row = t * width;
			for (int s = 0; s < width; s++) {
				double value = values[s][t];
				double d = 0;
				if (Double.isNaN(value)) {
					runs.missing(s, t);
				}
				else {
					d = value - means[s];
					masks[s][t >>> 6] |= 1L << t;
				}
				centred[row + s] = d;
				prefix[row + width + s] = prefix[row + s] + d;
				prefixSquares[row + width + s] = prefixSquares[row + s] + d * d;
			}
		}
		return new Block(width, dates, centred, prefix, prefixSquares, runs.toArrays(), masks, values);
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

	/** The runs of missing dates of each series, as [start, end) pairs. */
	private static final class MissingRuns {

		private final int[][] runs;

		private final int[] lengths;

		MissingRuns(int width) {
			this.runs = new int[width][8];
			this.lengths = new int[width];
		}

		void missing(int series, int date) {
			int[] own = this.runs[series];
			int length = this.lengths[series];
			if (length > 0 && own[length - 1] == date) {
				own[length - 1] = date + 1;
				return;
			}
			if (length + 2 > own.length) {
				own = Arrays.copyOf(own, own.length * 2);
				this.runs[series] = own;
			}
			own[length] = date;
			own[length + 1] = date + 1;
			this.lengths[series] = length + 2;
		}

		int[][] toArrays() {
			int[][] arrays = new int[this.runs.length][];
			for (int s = 0; s < arrays.length; s++) {
				arrays[s] = Arrays.copyOf(this.runs[s], this.lengths[s]);
			}
			return arrays;
		}

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
