package dev.nightshift.jobs.correlation;

import java.util.Arrays;

/**
 * Consecutive series laid out for {@link PairwiseCorrelation}: each centred on its own
 * mean and zero where missing, date-major ({@code [date * width + series]}); the sums of
 * those values and of their squares from the first date to every {@link #STEP}th date
 * ({@code [k * width + series]}: dates before {@code k * STEP}; the last row is the
 * total), so that the sum over any run of dates takes at most two chunk ends of direct
 * summation; the runs of dates where each series is missing; a presence bit set per
 * series; and the values as read, for the direct computation of ill-conditioned pairs.
 */
record Block(int width, int dates, double[] centred, double[] checkpoints, double[] checkpointSquares,
		int[][] missingRuns, long[][] masks, double[][] raw) {

	static final int STEP = 64;

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
		int chunks = (dates + STEP - 1) / STEP;
		double[] checkpoints = new double[width * (chunks + 1)];
		double[] checkpointSquares = new double[width * (chunks + 1)];
		double[] sums = new double[width];
		double[] squares = new double[width];
		MissingRuns runs = new MissingRuns(width);
		long[][] masks = new long[width][(dates + 63) >>> 6];
		// Date by date, so that the date-major arrays are written in order.
		for (int t = 0; t < dates; t++) {
			int row = t * width;
			for (int s = 0; s < width; s++) {
				double value = values[s][t];
				if (Double.isNaN(value)) {
					runs.missing(s, t);
					continue;
				}
				double d = value - means[s];
				centred[row + s] = d;
				sums[s] += d;
				squares[s] += d * d;
				masks[s][t >>> 6] |= 1L << t;
			}
			if ((t + 1) % STEP == 0 || t + 1 == dates) {
				int chunk = (t + STEP) / STEP;
				System.arraycopy(sums, 0, checkpoints, chunk * width, width);
				System.arraycopy(squares, 0, checkpointSquares, chunk * width, width);
			}
		}
		return new Block(width, dates, centred, checkpoints, checkpointSquares, runs.toArrays(), masks, values);
	}

	/** About what the block holds on the heap. */
	long bytes() {
		long values = 2L * this.width * this.dates + 2L * this.checkpoints.length;
		long masks = (long) this.width * ((this.dates + 63) >>> 6);
		return values * Double.BYTES + masks * Long.BYTES;
	}

	double[] raw(int series) {
		return this.raw[series];
	}

	/** Σ of the centred values of {@code series}, or of their squares, over all dates. */
	double total(int series, boolean squares) {
		return (squares ? this.checkpointSquares : this.checkpoints)[totalRow() + series];
	}

	/**
	 * Copies the totals of series from..from+span into {@code sums} and {@code squares}.
	 */
	void totals(int from, int span, double[] sums, double[] squares) {
		System.arraycopy(this.checkpoints, totalRow() + from, sums, 0, span);
		System.arraycopy(this.checkpointSquares, totalRow() + from, squares, 0, span);
	}

	/**
	 * Subtracts from {@code sums} and {@code squares} the sums over dates start..end of
	 * series from..from+span: whole chunks from the checkpoints, the dates around them
	 * directly. Rows are copied to the scratch arrays first, so that every loop indexes
	 * its arrays by its counter alone and vectorises.
	 */
	void subtract(int from, int span, int start, int end, double[] sums, double[] squares, double[][] scratch) {
		int firstWhole = (start + STEP - 1) / STEP;
		int lastWhole = end / STEP;
		if (firstWhole >= lastWhole) {
			subtractDirectly(from, span, start, end, sums, squares, scratch[0]);
			return;
		}
		double[] later = scratch[0];
		double[] earlier = scratch[1];
		double[] laterSquares = scratch[2];
		double[] earlierSquares = scratch[3];
		System.arraycopy(this.checkpoints, lastWhole * this.width + from, later, 0, span);
		System.arraycopy(this.checkpoints, firstWhole * this.width + from, earlier, 0, span);
		System.arraycopy(this.checkpointSquares, lastWhole * this.width + from, laterSquares, 0, span);
		System.arraycopy(this.checkpointSquares, firstWhole * this.width + from, earlierSquares, 0, span);
		for (int x = 0; x < span; x++) {
			sums[x] -= later[x] - earlier[x];
			squares[x] -= laterSquares[x] - earlierSquares[x];
		}
		subtractDirectly(from, span, start, firstWhole * STEP, sums, squares, scratch[0]);
		subtractDirectly(from, span, lastWhole * STEP, end, sums, squares, scratch[0]);
	}

	private void subtractDirectly(int from, int span, int start, int end, double[] sums, double[] squares,
			double[] row) {
		for (int t = start; t < end; t++) {
			System.arraycopy(this.centred, t * this.width + from, row, 0, span);
			for (int x = 0; x < span; x++) {
				sums[x] -= row[x];
				squares[x] -= row[x] * row[x];
			}
		}
	}

	private int totalRow() {
		return ((this.dates + STEP - 1) / STEP) * this.width;
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
