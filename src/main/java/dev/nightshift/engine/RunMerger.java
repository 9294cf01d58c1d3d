package dev.nightshift.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * K-way merge of sorted runs into one, combining equal keys when the job has a combiner.
 * At most {@code fanIn} runs are open at once: more inputs are merged in passes through
 * intermediate runs, so file handles and buffers stay bounded however many spills or map
 * partitions there are. Ties between runs keep input order, which makes the result
 * independent of thread timing.
 */
final class RunMerger {

	private final int fanIn;

	private final int bufferSize;

	private final ValueMerger merger;

	RunMerger(int fanIn, int bufferSize, ValueMerger merger) {
		if (fanIn < 2) {
			throw new IllegalArgumentException("merge fan-in must be at least 2, was " + fanIn);
		}
		this.fanIn = fanIn;
		this.bufferSize = bufferSize;
		this.merger = merger;
	}

	/**
	 * Merges {@code inputs} into {@code output}; intermediate runs go to {@code scratch}
	 * and are deleted.
	 */
	MergeCounts merge(List<Path> inputs, RecordSink output, Path scratch) throws IOException {
		List<Path> runs = new ArrayList<>(inputs);
		int pass = 0;
		while (runs.size() > this.fanIn) {
			List<Path> next = new ArrayList<>();
			for (int from = 0; from < runs.size(); from += this.fanIn) {
				List<Path> group = runs.subList(from, Math.min(from + this.fanIn, runs.size()));
				if (group.size() == 1) {
					next.add(group.get(0));
					continue;
				}
				Files.createDirectories(scratch);
				Path merged = scratch.resolve("pass-%d-%05d.run".formatted(pass, from / this.fanIn));
				try (RunWriter writer = new RunWriter(merged, this.bufferSize)) {
					mergeOnce(group, writer);
				}
				if (pass > 0) {
					for (Path consumed : group) {
						Files.deleteIfExists(consumed);
					}
				}
				next.add(merged);
			}
			runs = next;
			pass++;
		}
		MergeCounts counts = mergeOnce(runs, output);
		if (pass > 0) {
			for (Path intermediate : runs) {
				Files.deleteIfExists(intermediate);
			}
		}
		return counts;
	}

	/** Records read from the inputs of the last pass and written to the output. */
	record MergeCounts(long read, long written) {
	}

	private MergeCounts mergeOnce(List<Path> inputs, RecordSink writer) throws IOException {
		List<RunReader> readers = new ArrayList<>();
		PriorityQueue<Head> heads = new PriorityQueue<>();
		ValueMerger values = (this.merger != null) ? this.merger.fresh() : null;
		ByteSink combined = new ByteSink();
		ByteSink key = new ByteSink();
		long read = 0;
		long written = 0;
		try {
			for (int i = 0; i < inputs.size(); i++) {
				RunReader reader = new RunReader(inputs.get(i), this.bufferSize);
				readers.add(reader);
				if (reader.next()) {
					heads.add(new Head(reader, i));
				}
			}
			while (!heads.isEmpty()) {
				Head head = heads.poll();
				RunReader reader = head.reader;
				read++;
				written++;
				if (values == null || heads.isEmpty()
						|| !heads.peek().reader.sameKey(reader.key(), reader.keyLength())) {
					writer.write(reader.key(), 0, reader.keyLength(), reader.value(), 0, reader.valueLength());
					advance(head, heads);
					continue;
				}
				key.reset().write(reader.key(), 0, reader.keyLength());
				values.start(reader.value(), 0, reader.valueLength());
				advance(head, heads);
				while (!heads.isEmpty() && heads.peek().reader.sameKey(key.array(), key.length())) {
					Head same = heads.poll();
					values.add(same.reader.value(), 0, same.reader.valueLength());
					read++;
					advance(same, heads);
				}
				combined.reset();
				values.writeTo(combined);
				writer.write(key.array(), 0, key.length(), combined.array(), 0, combined.length());
			}
			return new MergeCounts(read, written);
		}
		finally {
			for (RunReader reader : readers) {
				reader.close();
			}
		}
	}

	private static void advance(Head head, PriorityQueue<Head> heads) throws IOException {
		if (head.reader.next()) {
			heads.add(head);
		}
	}

	private record Head(RunReader reader, int order) implements Comparable<Head> {

		@Override
		public int compareTo(Head other) {
			int byKey = this.reader.compareKey(other.reader);
			return (byKey != 0) ? byKey : Integer.compare(this.order, other.order);
		}

	}

}
