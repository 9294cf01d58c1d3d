package dev.nightshift.jobs.ingest;

/**
 * The rows to store, in time order: a stable sort of the record indices by time, keeping
 * the last record (in file order) of each timestamp. Already-sorted input, the usual
 * case, costs one pass.
 */
record TimeOrder(int[] rows, long[] times, int duplicates) {

	static TimeOrder of(long[] times) {
		int n = times.length;
		int[] order = new int[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		if (!isAscending(times)) {
			sort(order, times);
		}
		int kept = 0;
		for (int i = 0; i < n; i++) {
			if (i + 1 < n && times[order[i + 1]] == times[order[i]]) {
				continue;
			}
			order[kept++] = order[i];
		}
		int[] rows = new int[kept];
		long[] sorted = new long[kept];
		for (int i = 0; i < kept; i++) {
			rows[i] = order[i];
			sorted[i] = times[order[i]];
		}
		return new TimeOrder(rows, sorted, n - kept);
	}

	private static boolean isAscending(long[] times) {
		for (int i = 1; i < times.length; i++) {
			if (times[i] < times[i - 1]) {
				return false;
			}
		}
		return true;
	}

	/** Bottom-up merge sort: stable, so equal times stay in file order. */
	private static void sort(int[] order, long[] times) {
		int n = order.length;
		int[] from = order;
		int[] to = new int[n];
		for (int width = 1; width < n; width *= 2) {
			for (int low = 0; low < n; low += 2 * width) {
				int middle = Math.min(low + width, n);
				int high = Math.min(low + 2 * width, n);
				int left = low;
				int right = middle;
				for (int k = low; k < high; k++) {
					if (left < middle && (right >= high || times[from[left]] <= times[from[right]])) {
						to[k] = from[left++];
					}
					else {
						to[k] = from[right++];
					}
				}
			}
			int[] swap = from;
			from = to;
			to = swap;
		}
		if (from != order) {
			System.arraycopy(from, 0, order, 0, n);
		}
	}

}
