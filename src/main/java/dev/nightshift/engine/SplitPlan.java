package dev.nightshift.engine;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The map partitions of an instance (the split each one reads; with shards, every split
 * once per shard, shard {@code i % shards} for partition {@code i}) and its number of
 * reduce partitions, fixed by the split step and stored in the work area
 * ({@code splits.tsv}), so a restart rebuilds exactly the same partitions even if the
 * input folder or the settings changed meanwhile.
 */
record SplitPlan(List<Split> splits, int shards, int reducePartitions) {

	static final String PARTITION_FORMAT = "partition-%04d";

	private static final String REDUCE_HEADER = "reduce-partitions\t";

	private static final String SHARDS_HEADER = "map-shards\t";

	static String partitionName(int index) {
		return PARTITION_FORMAT.formatted(index);
	}

	static SplitPlan cut(List<Path> files, InputFormat<?> format, long splitSize, int shards, int reducePartitions)
			throws IOException {
		List<Split> splits = new ArrayList<>();
		for (Path file : files) {
			String name = file.toString();
			if (name.indexOf('\t') >= 0 || name.indexOf('\n') >= 0) {
				throw new IllegalArgumentException("input file name contains a tab or newline: " + name);
			}
			long size = Files.size(file);
			List<Split> fileSplits = (shards > 1 && size > 0) ? List.of(new Split(file, 0, size))
					: format.split(file, size, splitSize);
			for (Split split : fileSplits) {
				for (int shard = 0; shard < shards; shard++) {
					splits.add(split);
				}
			}
		}
		return new SplitPlan(splits, shards, reducePartitions);
	}

	/**
	 * The split size for an input of {@code total} bytes: {@code splitSize}, or for an
	 * input larger than that a little less, so that the splits come in a multiple of the
	 * threads and the last round of map partitions keeps every thread busy (Hadoop's goal
	 * size): 200 MB on 2 threads gives 4 splits of 50 MB, not 64 + 64 + 64 + 8 MB.
	 */
	static long evenSplitSize(long total, long splitSize, int threads) {
		if (total <= splitSize) {
			return splitSize;
		}
		long splits = (total + splitSize - 1) / splitSize;
		long even = (splits + threads - 1) / threads * threads;
		return (total + even - 1) / even;
	}

	int shardOf(int partition) {
		return partition % this.shards;
	}

	void write(Path path) throws IOException {
		Path temp = path.resolveSibling(path.getFileName() + ".tmp");
		try (BufferedWriter out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
			out.write(REDUCE_HEADER + this.reducePartitions + "\n");
			out.write(SHARDS_HEADER + this.shards + "\n");
			for (Split split : this.splits) {
				out.write(
						split.start() + "\t" + split.length() + "\t" + split.firstLine() + "\t" + split.file() + "\n");
			}
		}
		WorkArea.publish(temp, path);
	}

	static SplitPlan read(Path path) throws IOException {
		List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
		if (lines.size() < 2 || !lines.get(0).startsWith(REDUCE_HEADER) || !lines.get(1).startsWith(SHARDS_HEADER)) {
			throw new IOException(path + ": not a split plan");
		}
		int reducePartitions = Integer.parseInt(lines.get(0).substring(REDUCE_HEADER.length()));
		int shards = Integer.parseInt(lines.get(1).substring(SHARDS_HEADER.length()));
		List<Split> splits = new ArrayList<>();
		for (String line : lines.subList(2, lines.size())) {
			String[] fields = line.split("\t", 4);
			splits.add(new Split(Path.of(fields[3]), Long.parseLong(fields[0]), Long.parseLong(fields[1]),
					Long.parseLong(fields[2])));
		}
		return new SplitPlan(splits, shards, reducePartitions);
	}

}
