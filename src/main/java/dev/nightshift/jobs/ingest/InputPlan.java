package dev.nightshift.jobs.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.nightshift.engine.InputFiles;

/**
 * The input files of an instance in groups, one partition each: a file alone, or small
 * files together, about four groups per thread so that the threads stay busy, but at most
 * {@link #GROUP_BYTES} or {@link #GROUP_FILES} a group. Fixed by the first execution (in
 * its work area), so that a restart works through the same files even if the folder
 * changed.
 */
record InputPlan(List<List<Path>> groups) {

	static final long GROUP_BYTES = 8L << 20;

	static final int GROUP_FILES = 64;

	private static final List<String> EXTENSIONS = List.of(".json", ".jsonl", ".ndjson");

	static InputPlan of(String input, int threads) throws IOException {
		List<Path> files = InputFiles.resolve(input).stream().filter(InputPlan::isJson).toList();
		if (files.isEmpty()) {
			throw new IllegalArgumentException(
					"input '" + input + "' matches no .json, .jsonl or .ndjson files (gzipped or not)");
		}
		refuseSameStore(files);
		long total = 0;
		for (Path file : files) {
			total += Files.size(file);
		}
		long target = Math.min(GROUP_BYTES, Math.max(1, total / (4L * threads)));
		List<List<Path>> groups = new ArrayList<>();
		List<Path> group = new ArrayList<>();
		long groupBytes = 0;
		for (Path file : files) {
			long size = Files.size(file);
			if (!group.isEmpty() && (groupBytes + size > target || group.size() == GROUP_FILES)) {
				groups.add(group);
				group = new ArrayList<>();
				groupBytes = 0;
			}
			group.add(file);
			groupBytes += size;
		}
		groups.add(group);
		return new InputPlan(groups);
	}

	static boolean isJson(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		String plain = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
		return EXTENSIONS.stream().anyMatch(plain::endsWith);
	}

	static String partitionName(int group) {
		return "partition-%04d".formatted(group);
	}

	List<Path> files() {
		return this.groups.stream().flatMap(List::stream).toList();
	}

	void write(Path file) throws IOException {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < this.groups.size(); i++) {
			for (Path path : this.groups.get(i)) {
				text.append(i).append('\t').append(path).append('\n');
			}
		}
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
	}

	static InputPlan read(Path file) throws IOException {
		Map<Integer, List<Path>> groups = new LinkedHashMap<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			int tab = line.indexOf('\t');
			groups.computeIfAbsent(Integer.parseInt(line.substring(0, tab)), group -> new ArrayList<>())
				.add(Path.of(line.substring(tab + 1)));
		}
		return new InputPlan(List.copyOf(groups.values()));
	}

	/**
	 * Two inputs named alike ({@code a/X.json}, {@code b/X.jsonl}) would write one store.
	 */
	private static void refuseSameStore(List<Path> files) {
		Map<String, Path> byStore = new HashMap<>();
		for (Path file : files) {
			Path other = byStore.putIfAbsent(FileIngester.storeName(file), file);
			if (other != null) {
				throw new IllegalArgumentException("inputs " + other + " and " + file + " would both be stored as "
						+ FileIngester.storeName(file) + "; ingest them into separate outputs");
			}
		}
	}

}
