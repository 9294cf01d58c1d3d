package dev.nightshift.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Sorted, partitioned output of unbounded size from a bounded buffer: when the buffer is
 * full it is sorted and spilled as one run per partition; {@link #finish} merges the
 * spills of each partition into {@code part-NNNN.run}.
 */
final class SpillingSorter {

	private final KeyedEntries buffer;

	private final int partitions;

	private final Path spillRoot;

	private final RunMerger merger;

	private final int ioBuffer;

	private int spills;

	SpillingSorter(KeyedEntries buffer, int partitions, Path spillRoot, RunMerger merger, int ioBuffer) {
		this.buffer = buffer;
		this.partitions = partitions;
		this.spillRoot = spillRoot;
		this.merger = merger;
		this.ioBuffer = ioBuffer;
	}

	static Path partFile(Path dir, int partition) {
		return dir.resolve("part-%04d.run".formatted(partition));
	}

	int spills() {
		return this.spills;
	}

	void spill() throws IOException {
		if (this.buffer.count() == 0) {
			return;
		}
		Path dir = this.spillRoot.resolve("spill-%04d".formatted(this.spills++));
		writeBuffer(dir);
		this.buffer.clear();
	}

	/**
	 * Writes {@code part-NNNN.run} for every partition into {@code outputDir}, empty ones
	 * included.
	 */
	void finish(Path outputDir) throws IOException {
		if (this.spills == 0) {
			writeBuffer(outputDir);
			this.buffer.clear();
			return;
		}
		spill();
		for (int partition = 0; partition < this.partitions; partition++) {
			List<Path> runs = new ArrayList<>();
			for (int spill = 0; spill < this.spills; spill++) {
				runs.add(partFile(this.spillRoot.resolve("spill-%04d".formatted(spill)), partition));
			}
			try (RunWriter writer = new RunWriter(partFile(outputDir, partition), this.ioBuffer)) {
				this.merger.merge(runs, writer, this.spillRoot.resolve("merge"));
			}
		}
		WorkArea.deleteRecursively(this.spillRoot);
	}

	private void writeBuffer(Path dir) throws IOException {
		Files.createDirectories(dir);
		RunWriter[] writers = new RunWriter[this.partitions];
		try {
			for (int partition = 0; partition < this.partitions; partition++) {
				writers[partition] = new RunWriter(partFile(dir, partition), this.ioBuffer);
			}
			this.buffer.writeSorted(writers);
		}
		finally {
			for (RunWriter writer : writers) {
				if (writer != null) {
					writer.close();
				}
			}
		}
	}

}
