package dev.nightshift.jobs.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.nightshift.engine.WorkArea;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each file's {@link FileSummary}, kept in the instance's work area from the partition
 * that stored it until the catalog step, across restarts.
 */
final class Summaries {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private Summaries() {
	}

	static void write(WorkArea area, FileSummary summary) throws IOException {
		Path file = fileOf(area, Path.of(summary.source()));
		Files.createDirectories(file.getParent());
		Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
		JSON.writeValue(temporary.toFile(), summary);
		WorkArea.publish(temporary, file);
	}

	static FileSummary read(WorkArea area, Path source) {
		Path file = fileOf(area, source);
		if (!Files.exists(file)) {
			throw new IllegalStateException("no result recorded for " + source + " (expected " + file + ")");
		}
		return JSON.readValue(file.toFile(), FileSummary.class);
	}

	private static Path fileOf(WorkArea area, Path source) {
		return area.root().resolve("summaries").resolve(FileIngester.storeName(source) + ".json");
	}

}
