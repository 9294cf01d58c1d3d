package dev.nightshift.engine;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The splits of an instance and its number of reduce partitions, fixed by the split step
 * and stored in the work area ({@code splits.tsv}), so a restart rebuilds exactly the
 * same partitions even if the input folder or the settings changed meanwhile.
 */
record SplitPlan(List<Split> splits, int reducePartitions) {

	static final String PARTITION_FORMAT = "partition-%04d";

	static String partitionName(int index) {
		return PARTITION_FORMAT.formatted(index);
	}

	static SplitPlan cut(List<Path> files, InputFormat<?> format, long splitSize, int reducePartitions)
			throws IOException {
		List<Split> splits = new ArrayList<>();
		for (Path file : files) {
			String name = file.toString();
			if (name.indexOf('\t') >= 0 || name.indexOf('\n') >= 0) {
				throw new IllegalArgumentException("input file name contains a tab or newline: " + name);
			}
			long size = Files.size(file);
			if (size == 0) {
				continue;
			}
			if (!format.splittable(file)) {
				splits.add(new Split(file, 0, size));
				continue;
			}
			for (long start = 0; start < size; start += splitSize) {
				splits.add(new Split(file, start, Math.min(splitSize, size - start)));
			}
		}
		return new SplitPlan(splits, reducePartitions);
	}

	void write(Path path) throws IOException {
		Path temp = path.resolveSibling(path.getFileName() + ".tmp");
		try (BufferedWriter out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
			out.write("reduce-partitions\t" + this.reducePartitions + "\n");
			for (Split split : this.splits) {
				out.write(split.start() + "\t" + split.length() + "\t" + split.file() + "\n");
			}
		}
		WorkArea.publish(temp, path);
	}

	static SplitPlan read(Path path) throws IOException {
		List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
		if (lines.isEmpty() || !lines.get(0).startsWith("reduce-partitions\t")) {
			throw new IOException(path + ": not a split plan");
		}
		int reducePartitions = Integer.parseInt(lines.get(0).substring(lines.get(0).indexOf('\t') + 1));
		List<Split> splits = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			String[] fields = line.split("\t", 3);
			splits.add(new Split(Path.of(fields[2]), Long.parseLong(fields[0]), Long.parseLong(fields[1])));
		}
		return new SplitPlan(splits, reducePartitions);
	}

}
