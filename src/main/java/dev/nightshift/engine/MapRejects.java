package dev.nightshift.engine;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * The records one map partition's reader rejected, as JSON lines
 * {@code {"file":…,"line":7,"reason":…,"record":…}} in the partition's scratch folder;
 * publish gathers them into {@code <output>/_rejects/}. More than the skip limit fail the
 * partition at once, since the file they come from has at least as many. A shard other
 * than the first only counts them: the first reports every one.
 */
final class MapRejects implements Rejects, Closeable {

	static final String FILE_NAME = "rejects.jsonl";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Path source;

	private final Path file;

	private final long skipLimit;

	private final boolean report;

	private BufferedWriter out;

	private long count;

	MapRejects(Path source, Path file, long skipLimit, boolean report) {
		this.source = source;
		this.file = file;
		this.skipLimit = skipLimit;
		this.report = report;
	}

	@Override
	public void reject(long line, String reason, String record) {
		this.count++;
		if (!this.report) {
			return;
		}
		Map<String, Object> reject = new LinkedHashMap<>();
		reject.put("file", this.source.toString());
		reject.put("line", line);
		reject.put("reason", reason);
		reject.put("record", record);
		try {
			if (this.out == null) {
				this.out = Files.newBufferedWriter(this.file, StandardCharsets.UTF_8);
			}
			this.out.write(JSON.writeValueAsString(reject));
			this.out.write('\n');
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + this.file, ex);
		}
		if (this.count > this.skipLimit) {
			throw new IllegalStateException(exceeded(this.source, line, reason,
					"more than skip-limit=" + this.skipLimit + " record(s) of this file rejected"));
		}
	}

	long count() {
		return this.count;
	}

	/** Records reported, which count as read skips. */
	long reported() {
		return this.report ? this.count : 0;
	}

	/**
	 * Closes the file and moves it into {@code folder}, if there was anything to write.
	 */
	void finish(Path folder) throws IOException {
		close();
		if (this.out != null) {
			Files.move(this.file, folder.resolve(FILE_NAME));
		}
	}

	@Override
	public void close() throws IOException {
		if (this.out != null) {
			this.out.close();
		}
	}

	static String exceeded(Path file, long line, String reason, String why) {
		return "%s line %d: %s (%s)".formatted(file, line, reason, why);
	}

}
