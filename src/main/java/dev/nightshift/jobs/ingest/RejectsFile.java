package dev.nightshift.jobs.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.nightshift.engine.WorkArea;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The rejected records of one source file, as JSON lines
 * {@code {"line":7,"reason":"...","record":"..."}} in
 * {@code <output>/_rejects/<file>.jsonl}, written under a temporary name and moved into
 * place by {@link #close}. A file without rejects leaves none (and removes one an earlier
 * attempt left). Once more than the skip limit are rejected, the next one fails the file.
 */
final class RejectsFile implements RejectSink, AutoCloseable {

	/** One object per line: no separator of Jackson's own between root values. */
	private static final JsonFactory JSON = JsonFactory.builder().rootValueSeparator((String) null).build();

	private final Path source;

	private final Path target;

	private final long skipLimit;

	private Path temporary;

	private JsonGenerator json;

	private long count;

	private boolean closed;

	RejectsFile(Path source, Path rejectsFolder, long skipLimit) {
		this.source = source;
		this.target = rejectsFolder.resolve(source.getFileName() + ".jsonl");
		this.skipLimit = skipLimit;
	}

	@Override
	public void reject(long line, String reason, byte[] record, int offset, int length) {
		this.count++;
		write(line, reason, record, offset, length);
		if (this.count > this.skipLimit) {
			close();
			throw new RejectLimitExceededException(this.source, line, reason, this.count, this.skipLimit, this.target);
		}
	}

	long count() {
		return this.count;
	}

	Path target() {
		return this.target;
	}

	@Override
	public void close() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		try {
			if (this.json == null) {
				Files.deleteIfExists(this.target);
				return;
			}
			this.json.close();
			WorkArea.publish(this.temporary, this.target);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + this.target, ex);
		}
	}

	private void write(long line, String reason, byte[] record, int offset, int length) {
		try {
			if (this.json == null) {
				Files.createDirectories(this.target.getParent());
				this.temporary = Files.createTempFile(this.target.getParent(), ".rejects-", ".tmp");
				this.json = JSON.createGenerator(ObjectWriteContext.empty(), Files.newOutputStream(this.temporary));
			}
			this.json.writeStartObject();
			this.json.writeNumberProperty("line", line);
			this.json.writeStringProperty("reason", reason);
			if (record != null) {
				this.json.writeStringProperty("record", new String(record, offset, length, StandardCharsets.UTF_8));
			}
			this.json.writeEndObject();
			this.json.writeRaw('\n');
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + this.target, ex);
		}
	}

}
