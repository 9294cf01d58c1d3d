package dev.nightshift.engine;

/**
 * A stable merge sort of entry indexes with a primitive comparator: no boxing, no
 * recursion limit worries.
 */
final class EntrySorter {

	@FunctionalInterface
	interface IndexComparator {

		int compare(int left, int right);

	}

	private static final int INSERTION_THRESHOLD = 24;

	private EntrySorter() {
	}

	/** The indexes 0..count-1 sorted by the comparator, ties in index order. */
	static int[] sortedIndexes(int count, IndexComparator comparator) {
		int[] indexes = new int[count];
		for (int i = 0; i < count; i++) {
			indexes[i] = i;
		}
		int[] scratch = new int[count];
		sort(indexes, scratch, 0, count, comparator);
		return indexes;
	}

	private static void sort(int[] a, int[] scratch, int from, int to, IndexComparator comparator) {
		if (to - from <= INSERTION_THRESHOLD) {
			for (int i = from + 1; i < to; i++) {
				int value = a[i];
				int j = i - 1;
				while (j >= from && comparator.compare(a[j], value) > 0) {
					a[j + 1] = a[j];
					j--;
				}
				a[j + 1] = value;
			}
			return;
		}
		int middle = (from + to) >>> 1;
		sort(a, scratch, from, middle, comparator);
		sort(a, scratch, middle, to, comparator);
		if (comparator.compare(a[middle - 1], a[middle]) <= 0) {
			return;
		}
		System.arraycopy(a, from, scratch, from, to - from);
		int left = from;
		int right = middle;
		for (int k = from; k < to; k++) {
			if (right >= to || (left < middle && comparator.compare(scratch[left], scratch[right]) <= 0)) {
				a[k] = scratch[left++];
			}
			else {
				a[k] = scratch[right++];
			}
		}
	}

}
