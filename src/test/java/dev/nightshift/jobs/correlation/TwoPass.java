package dev.nightshift.jobs.correlation;

/**
 * Pearson's r over the dates two series both have, the plain way: the means over those
 * dates, then the sums of products of deviations. No variance (all common values equal)
 * or fewer than minPeriods common dates: NaN.
 */
final class TwoPass {

	private TwoPass() {
	}

	static double correlation(double[] x, double[] y, int minPeriods) {
		double sumX = 0;
		double sumY = 0;
		int n = 0;
		boolean constantX = true;
		boolean constantY = true;
		double firstX = Double.NaN;
		double firstY = Double.NaN;
		for (int t = 0; t < x.length; t++) {
			if (!Double.isNaN(x[t]) && !Double.isNaN(y[t])) {
				if (n == 0) {
					firstX = x[t];
					firstY = y[t];
				}
				constantX &= x[t] == firstX;
				constantY &= y[t] == firstY;
				sumX += x[t];
				sumY += y[t];
				n++;
			}
		}
		if (n < Math.max(1, minPeriods) || constantX || constantY) {
			return Double.NaN;
		}
		double meanX = sumX / n;
		double meanY = sumY / n;
		double xy = 0;
		double xx = 0;
		double yy = 0;
		for (int t = 0; t < x.length; t++) {
			if (!Double.isNaN(x[t]) && !Double.isNaN(y[t])) {
				xy += (x[t] - meanX) * (y[t] - meanY);
				xx += (x[t] - meanX) * (x[t] - meanX);
				yy += (y[t] - meanY) * (y[t] - meanY);
			}
		}
		return xy / Math.sqrt(xx * yy);
	}

	static int common(double[] x, double[] y) {
		int n = 0;
		for (int t = 0; t < x.length; t++) {
			if (!Double.isNaN(x[t]) && !Double.isNaN(y[t])) {
				n++;
			}
		}
		return n;
	}

}
