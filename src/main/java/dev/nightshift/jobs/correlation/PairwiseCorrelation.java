package dev.nightshift.jobs.correlation;

import java.util.Arrays;

/**
 * Pearson's correlation of every pair of series from two blocks over the dates both have,
 * as pandas' {@code DataFrame.corr(min_periods=k)} defines it (pairwise-complete
 * observations; fewer than {@code k} common dates, or no variance over them, give NaN).
 * <p>
 * Each series is centred on its own mean, which keeps the sums well conditioned, and is
 * zero where it has no value. For a pair (a, b) the sums over their common dates are
 * then: Σ a·b, one product of the two date-major blocks (the only work proportional to
 * dates × pairs, in a loop that vectorises over the columns); Σ a and Σ a² over b's
 * dates, which are a's totals less its sums over the runs of dates b misses (see
 * {@link Block#subtract}), and the mirror images for b; and the number of common dates, a
 * popcount of the two presence bit sets. Whenever those sums could lose more than four
 * digits (a series nearly constant over the common dates, or a tiny overlap) the pair is
 * computed again directly with pandas' own algorithm (Welford's), so that agreement stays
 * far below 1e-9 and a constant stretch gives NaN as in pandas.
 */
final class PairwiseCorrelation {

	/** Accumulators of a sub-block stay in the L1/L2 cache: 32 × 128 doubles. */
	private static final int ROWS = 32;

	private static final int COLUMNS = 128;

	/** A variance below this share of the sums it comes from: four digits at risk. */
	private static final double CANCELLATION = 1e-4;

	private PairwiseCorrelation() {
	}

	/**
	 * @return {@code r[i * columns.width() + j]} and the common dates of row series i and
	 * column series j; for the same block twice, only {@code i ≤ j}, the diagonal as
	 * pandas has it (1 for a series with enough values that vary, else NaN)
	 */
	static Tile compute(Block rows, Block columns, int minPeriods) {
		boolean diagonal = rows == columns;
		int width = columns.width();
		double[] r = new double[rows.width() * width];
		int[] common = new int[r.length];
		SubBlock sums = new SubBlock();
		if (diagonal) {
			for (int i = 0; i < width; i++) {
				int n = rows.common(i, rows, i);
				common[i * width + i] = n;
				r[i * width + i] = (n < Math.max(1, minPeriods)) ? Double.NaN : welford(rows.raw(i), rows.raw(i));
			}
		}
		for (int i0 = 0; i0 < rows.width(); i0 += ROWS) {
			int i1 = Math.min(rows.width(), i0 + ROWS);
			for (int j0 = diagonal ? i0 : 0; j0 < width; j0 += COLUMNS) {
				int j1 = Math.min(width, j0 + COLUMNS);
				sums.compute(rows, i0, i1, columns, j0, j1);
				for (int i = i0; i < i1; i++) {
					for (int j = Math.max(j0, diagonal ? i + 1 : 0); j < j1; j++) {
						int at = i * width + j;
						int n = rows.common(i, columns, j);
						common[at] = n;
						r[at] = (n < Math.max(1, minPeriods)) ? Double.NaN
								: sums.correlation(rows, i - i0, columns, j - j0, n);
					}
				}
			}
		}
		return new Tile(rows.width(), width, r, common);
	}

	/**
	 * The sums of the pairs of up to ROWS × COLUMNS series, reused from one to the next.
	 */
	private static final class SubBlock {

		/** Σ a·b, [i][j]. */
		private final double[][] products = new double[ROWS][COLUMNS];

		/** The column values of one date. */
		private final double[] columnValues = new double[COLUMNS];

		/** Σ b and Σ b² over the dates a has, [i][j]. */
		private final double[][] columnSums = new double[ROWS][COLUMNS];

		private final double[][] columnSquares = new double[ROWS][COLUMNS];

		/** Σ a and Σ a² over the dates b has, [j][i]. */
		private final double[][] rowSums = new double[COLUMNS][ROWS];

		private final double[][] rowSquares = new double[COLUMNS][ROWS];

		/** Scratch rows of one block for {@link Block#subtract}. */
		private final double[][] scratch = new double[4][Math.max(ROWS, COLUMNS)];

		private int i0;

		private int j0;

		void compute(Block rows, int i0, int i1, Block columns, int j0, int j1) {
			this.i0 = i0;
			this.j0 = j0;
			for (double[] row : this.products) {
				Arrays.fill(row, 0);
			}
			multiply(rows, i0, i1, columns, j0, j1);
			sumsOverOtherDates(columns, j0, j1, rows, i0, i1, this.columnSums, this.columnSquares);
			sumsOverOtherDates(rows, i0, i1, columns, j0, j1, this.rowSums, this.rowSquares);
		}

		/**
		 * Σ over the dates of a·b for rows i0..i1 × columns j0..j1. The loop over the
		 * columns indexes its arrays by its counter alone, which C2 vectorises (four
		 * times as fast here as with offsets into the block's array); four rows at a time
		 * share each load of a column value (another 30%).
		 */
		private void multiply(Block rows, int i0, int i1, Block columns, int j0, int j1) {
			double[] rowCentred = rows.centred();
			double[] b = this.columnValues;
			int rowWidth = rows.width();
			int span = j1 - j0;
			for (int t = 0; t < rows.dates(); t++) {
				System.arraycopy(columns.centred(), t * columns.width() + j0, b, 0, span);
				int rowBase = t * rowWidth;
				int i = i0;
				for (; i + 4 <= i1; i += 4) {
					int row = i - i0;
					add(this.products[row], rowCentred[rowBase + i], this.products[row + 1],
							rowCentred[rowBase + i + 1], this.products[row + 2], rowCentred[rowBase + i + 2],
							this.products[row + 3], rowCentred[rowBase + i + 3], b, span);
				}
				for (; i < i1; i++) {
					add(this.products[i - i0], rowCentred[rowBase + i], b, span);
				}
			}
		}

		/**
		 * {@code p += a · b} for four rows. Small on purpose: called millions of times,
		 * it is compiled by C2 within the first tile, which a whole loop nest compiled on
		 * stack replacement is not.
		 */
		private static void add(double[] p0, double a0, double[] p1, double a1, double[] p2, double a2, double[] p3,
				double a3, double[] b, int span) {
			for (int j = 0; j < span; j++) {
				double value = b[j];
				p0[j] += a0 * value;
				p1[j] += a1 * value;
				p2[j] += a2 * value;
				p3[j] += a3 * value;
			}
		}

		private static void add(double[] p, double a, double[] b, int span) {
			for (int j = 0; j < span; j++) {
				p[j] += a * b[j];
			}
		}

		/**
		 * Σ x and Σ x² of each series x in {@code of} (from..to) over the dates each
		 * series of {@code over} (oFrom..oTo) has: x's totals less its sums over the runs
		 * of dates the other misses.
		 * @param sums the results, [other][x]
		 */
		private void sumsOverOtherDates(Block of, int from, int to, Block over, int oFrom, int oTo, double[][] sums,
				double[][] squares) {
			int span = to - from;
			for (int o = oFrom; o < oTo; o++) {
				double[] sum = sums[o - oFrom];
				double[] square = squares[o - oFrom];
				of.totals(from, span, sum, square);
				int[] runs = over.missingRuns()[o];
				for (int k = 0; k < runs.length; k += 2) {
					of.subtract(from, span, runs[k], runs[k + 1], sum, square, this.scratch);
				}
			}
		}

		/** i and j relative to the sub-block; n ≥ 1 common dates. */
		double correlation(Block rows, int i, Block columns, int j, int n) {
			double a = this.rowSums[j][i];
			double aa = this.rowSquares[j][i];
			double b = this.columnSums[i][j];
			double bb = this.columnSquares[i][j];
			double va = aa - a * a / n;
			double vb = bb - b * b / n;
			if (va > CANCELLATION * Math.max(aa, rows.total(this.i0 + i, true))
					&& vb > CANCELLATION * Math.max(bb, columns.total(this.j0 + j, true))) {
				return (this.products[i][j] - a * b / n) / Math.sqrt(va * vb);
			}
			return welford(rows.raw(this.i0 + i), columns.raw(this.j0 + j));
		}

	}

	/** pandas' {@code nancorr} for one pair, operation for operation. */
	static double welford(double[] x, double[] y) {
		long n = 0;
		double meanX = 0;
		double meanY = 0;
		double ssqX = 0;
		double ssqY = 0;
		double cov = 0;
		for (int t = 0; t < x.length; t++) {
			double vx = x[t];
			double vy = y[t];
			if (Double.isNaN(vx) || Double.isNaN(vy)) {
				continue;
			}
			n++;
			double dx = vx - meanX;
			double dy = vy - meanY;
			meanX += 1.0 / n * dx;
			meanY += 1.0 / n * dy;
			ssqX += (vx - meanX) * dx;
			ssqY += (vy - meanY) * dy;
			cov += (vx - meanX) * dy;
		}
		double divisor = Math.sqrt(ssqX * ssqY);
		return (divisor != 0) ? cov / divisor : Double.NaN;
	}

	/** Correlations and common dates of a tile, row-major. */
	record Tile(int rows, int columns, double[] r, int[] common) {
	}

}
