package dev.nightshift.jobs.ingest;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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

	private static final JsonFactory JSON = new JsonFactory();

	private final Path source;

	private final Path target;

	private final long skipLimit;

	private Path temporary;

	private OutputStream out;

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
			if (this.out == null) {
				Files.deleteIfExists(this.target);
				return;
			}
			this.out.close();
			this.out = null;
			Files.move(this.temporary, this.target, StandardCopyOption.ATOMIC_MOVE,
					StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + this.target, ex);
		}
	}

	private void write(long line, String reason, byte[] record, int offset, int length) {
		try {
			if (this.out == null) {
				Files.createDirectories(this.target.getParent());
				this.temporary = Files.createTempFile(this.target.getParent(), ".rejects-", ".tmp");
				this.out = Files.newOutputStream(this.temporary);
			}
			try (JsonGenerator json = JSON.createGenerator(ObjectWriteContext.empty(), new NonClosing(this.out))) {
				json.writeStartObject();
				json.writeNumberProperty("line", line);
				json.writeStringProperty("reason", reason);
				if (record != null) {
					json.writeStringProperty("record", new String(record, offset, length, StandardCharsets.UTF_8));
				}
				json.writeEndObject();
			}
			this.out.write('\n');
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + this.target, ex);
		}
	}

	/** Lets a generator per record flush into the one stream without closing it. */
	private static final class NonClosing extends FilterOutputStream {

		NonClosing(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			this.out.write(bytes, offset, length);
		}

		@Override
		public void close() throws IOException {
			flush();
		}

	}

}
