package dev.nightshift.generate;

/**
 * Vose's alias table: draws index {@code i} with probability {@code weights[i] / sum} in
 * constant time from 64 random bits. Each column packs its threshold and alias into one
 * long, so a draw reads a single array element.
 */
final class AliasTable {

	private static final double SCALE = 0x1p31;

	private final long[] columns;

	AliasTable(double[] weights) {
		int n = weights.length;
		double total = 0;
		for (double weight : weights) {
			total += weight;
		}
		double[] scaled = new double[n];
		int[] small = new int[n];
		int[] large = new int[n];
		int smallCount = 0;
		int largeCount = 0;
		for (int i = 0; i < n; i++) {
			scaled[i] = weights[i] * n / total;
			if (scaled[i] < 1.0) {
				small[smallCount++] = i;
			}
			else {
				large[largeCount++] = i;
			}
		}
		this.columns = new long[n];
		while (smallCount > 0 && largeCount > 0) {
			int less = small[--smallCount];
			int more = large[--largeCount];
			this.columns[less] = column(scaled[less], more);
			scaled[more] = (scaled[more] + scaled[less]) - 1.0;
			if (scaled[more] < 1.0) {
				small[smallCount++] = more;
			}
			else {
				large[largeCount++] = more;
			}
		}
		while (largeCount > 0) {
			int full = large[--largeCount];
			this.columns[full] = column(1.0, full);
		}
		while (smallCount > 0) {
			int full = small[--smallCount];
			this.columns[full] = column(1.0, full);
		}
	}

	private static long column(double probability, int alias) {
		long threshold = Math.min((long) (probability * SCALE), Integer.MAX_VALUE);
		return (threshold << 32) | alias;
	}

	/**
	 * The index for 64 uniformly random bits: the high half picks a column, the low half
	 * tosses its coin.
	 */
	int sample(long random) {
		int column = (int) (((random >>> 32) * this.columns.length) >>> 32);
		long entry = this.columns[column];
		int coin = (int) random & 0x7FFFFFFF;
		return (coin < (int) (entry >>> 32)) ? column : (int) entry;
	}

}
