package dev.nightshift.jobs.correlation;

/**
 * An order of the series in which correlated groups sit together: the leaves of an
 * average-linkage clustering on the distance 1 − r (a pair without a correlation counts
 * as uncorrelated), found with the nearest-neighbour chain in O(n²) time.
 */
final class Seriation {

	private Seriation() {
	}

	static int[] order(double[][] r) {
		int n = r.length;
		double[][] distance = new double[n][n];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				distance[i][j] = Double.isNaN(r[i][j]) ? 1 : 1 - r[i][j];
			}
		}
		int[] size = new int[n];
		int[] next = new int[n];
		int[] tail = new int[n];
		boolean[] active = new boolean[n];
		for (int i = 0; i < n; i++) {
			size[i] = 1;
			next[i] = -1;
			tail[i] = i;
			active[i] = true;
		}
		int[] chain = new int[n];
		int length = 0;
		int first = 0;
		for (int clusters = n; clusters > 1;) {
			if (length == 0) {
				while (!active[first]) {
					first++;
				}
				chain[length++] = first;
			}
			int a = chain[length - 1];
			int previous = (length > 1) ? chain[length - 2] : -1;
			int b = nearest(distance, active, a, previous);
			if (b != previous) {
				chain[length++] = b;
				continue;
			}
			length -= 2;
			for (int k = 0; k < n; k++) {
				if (active[k] && k != a && k != b) {
					double merged = (size[a] * distance[a][k] + size[b] * distance[b][k]) / (size[a] + size[b]);
					distance[a][k] = merged;
					distance[k][a] = merged;
				}
			}
			size[a] += size[b];
			active[b] = false;
			next[tail[a]] = b;
			tail[a] = tail[b];
			clusters--;
		}
		int root = 0;
		while (!active[root]) {
			root++;
		}
		int[] order = new int[n];
		for (int i = 0, leaf = root; leaf >= 0; leaf = next[leaf]) {
			order[i++] = leaf;
		}
		return order;
	}

	/** The closest active cluster to {@code a}; {@code preferred} on a tie. */
	private static int nearest(double[][] distance, boolean[] active, int a, int preferred) {
		int best = preferred;
		double bestDistance = (preferred >= 0) ? distance[a][preferred] : Double.POSITIVE_INFINITY;
		for (int k = 0; k < distance.length; k++) {
			if (active[k] && k != a && distance[a][k] < bestDistance) {
				best = k;
				bestDistance = distance[a][k];
			}
		}
		return best;
	}

}
