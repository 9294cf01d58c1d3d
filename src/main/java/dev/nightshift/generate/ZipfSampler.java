package dev.nightshift.generate;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Draws ranks {@code 0..n-1} with probability proportional to
 * {@code 1/(rank+1)^exponent}. A binary search over the CDF would cost about 18
 * unpredictable branches per word, and a single alias table over 200,000 ranks is 1.6 MB
 * read at random, a cache miss on every word. So the distribution is split, exactly, into
 * a head of the {@value #HEAD} most frequent ranks, whose small table stays in cache and
 * serves about three words in four, and the long tail.
 */
final class ZipfSampler {

	static final int HEAD = 4096;

	private final AliasTable head;

	private final AliasTable tail;

	private final double headProbability;

	ZipfSampler(int n, double exponent) {
		double[] weights = new double[n];
		double total = 0;
		double headTotal = 0;
		for (int i = 0; i < n; i++) {
			weights[i] = Math.pow(i + 1, -exponent);
			total += weights[i];
			headTotal += (i < HEAD) ? weights[i] : 0;
		}
		int split = Math.min(HEAD, n);
		this.head = new AliasTable(Arrays.copyOfRange(weights, 0, split));
		this.tail = (split < n) ? new AliasTable(Arrays.copyOfRange(weights, split, n)) : this.head;
		this.headProbability = headTotal / total;
	}

	int sample(SplittableRandom random) {
		if (random.nextDouble() < this.headProbability) {
			return this.head.sample(random.nextLong());
		}
		return HEAD + this.tail.sample(random.nextLong());
	}

}
