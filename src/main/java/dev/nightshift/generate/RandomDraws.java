package dev.nightshift.generate;

import java.util.SplittableRandom;

/**
 * Uniform and Gaussian draws from one {@link SplittableRandom} stream, computed with
 * {@link StrictMath} only, so a seed gives the same bits on every JVM and CPU. The JDK's
 * own {@code nextGaussian} is no good here: its ziggurat accepts or rejects points with
 * {@code Math.exp}, which may differ in the last bit between platforms, and one different
 * acceptance shifts the whole stream.
 */
final class RandomDraws {

	private final SplittableRandom random;

	private double spare;

	private boolean hasSpare;

	private RandomDraws(SplittableRandom random) {
		this.random = random;
	}

	/**
	 * The stream for one purpose and index, independent of every other: a ticker's draws
	 * do not depend on how many tickers come before or after it.
	 */
	static RandomDraws stream(long seed, int purpose, int index) {
		long key = mix(mix(seed) + 0x9E3779B97F4A7C15L * (((long) purpose << 32) + index + 1));
		return new RandomDraws(new SplittableRandom(key));
	}

	/** Stafford's variant 13 of the MurmurHash3 finaliser, the mixer of SplitMix64. */
	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	double uniform() {
		return this.random.nextDouble();
	}

	double uniform(double from, double to) {
		return from + (to - from) * this.random.nextDouble();
	}

	boolean chance(double probability) {
		return this.random.nextDouble() < probability;
	}

	int below(int bound) {
		return this.random.nextInt(bound);
	}

	/** A standard normal deviate, by Marsaglia's polar method (two per logarithm). */
	double gaussian() {
		if (this.hasSpare) {
			this.hasSpare = false;
			return this.spare;
		}
		double u;
		double v;
		double s;
		do {
			u = 2 * this.random.nextDouble() - 1;
			v = 2 * this.random.nextDouble() - 1;
			s = u * u + v * v;
		}
		while (s >= 1 || s == 0);
		double scale = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
		this.spare = v * scale;
		this.hasSpare = true;
		return u * scale;
	}

}
