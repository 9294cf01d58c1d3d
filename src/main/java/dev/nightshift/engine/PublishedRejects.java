package dev.nightshift.engine;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gathers the records the map partitions rejected into
 * {@code <output>/_rejects/<input file name>.jsonl}, in the order of the file's lines,
 * and replaces that folder in one rename (or removes one an earlier run left, when
 * nothing was rejected). A file with more rejects than the skip limit fails the job,
 * naming the first one over the limit; each partition checked only its own share.
 */
final class PublishedRejects {

	static final String FOLDER = "_rejects";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private PublishedRejects() {
	}

	/** Rejected records per input file that had any. */
	static Map<Path, Long> publish(WorkArea area, SplitPlan plan, Path outputDir, long skipLimit) throws IOException {
		Path temp = outputDir.resolve("." + FOLDER + ".tmp");
		WorkArea.deleteRecursively(temp);
		Map<Path, Long> counts = new LinkedHashMap<>();
		String overLimit = null;
		for (int partition = 0; partition < plan.splits().size(); partition += plan.shards()) {
			Path rejects = area.mapOutput(SplitPlan.partitionName(partition)).resolve(MapRejects.FILE_NAME);
			if (!Files.isRegularFile(rejects)) {
				continue;
			}
			Path source = plan.splits().get(partition).file();
			Files.createDirectories(temp);
			try (BufferedReader in = Files.newBufferedReader(rejects, StandardCharsets.UTF_8);
					BufferedWriter out = Files.newBufferedWriter(temp.resolve(source.getFileName() + ".jsonl"),
							StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
				String line;
				while ((line = in.readLine()) != null) {
					out.write(line);
					out.write('\n');
					long count = counts.merge(source, 1L, Long::sum);
					if (count == skipLimit + 1 && overLimit == null) {
						overLimit = line;
					}
				}
			}
		}
		Path target = outputDir.resolve(FOLDER);
		if (counts.isEmpty()) {
			WorkArea.deleteRecursively(target);
			return counts;
		}
		WorkArea.publish(temp, target);
		if (overLimit != null) {
			JsonNode reject = JSON.readTree(overLimit);
			Path file = Path.of(reject.get("file").asString());
			throw new IllegalStateException(MapRejects.exceeded(file, reject.get("line").asLong(),
					reject.get("reason").asString(), "%d record(s) of this file rejected, skip-limit=%d; all in %s"
						.formatted(counts.get(file), skipLimit, target.resolve(file.getFileName() + ".jsonl"))));
		}
		return counts;
	}

}
