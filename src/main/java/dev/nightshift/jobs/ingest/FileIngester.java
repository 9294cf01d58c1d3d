package dev.nightshift.jobs.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.nightshift.store.StoreBatch;
import dev.nightshift.store.SeriesFrame;

/**
 * One input file → one store: read the records into columns, order them by time without
 * duplicate timestamps, add the store to a batch (which puts it in place) and say what
 * happened.
 */
final class FileIngester {

	private final IngestParameters parameters;

	FileIngester(IngestParameters parameters) {
		this.parameters = parameters;
	}

	FileSummary ingest(Path source, StoreBatch stores) throws IOException {
		JsonSeriesReader reader;
		long rejected;
		Path rejects;
		try (RejectsFile rejectsFile = new RejectsFile(source, this.parameters.rejectsFolder(),
				this.parameters.skipLimit()); InputStream in = Files.newInputStream(source)) {
			reader = new JsonSeriesReader(this.parameters.timeField(), this.parameters.fields(), rejectsFile);
			reader.read(in);
			rejected = rejectsFile.count();
			rejects = rejectsFile.target();
		}
		String rejectsName = (rejected > 0) ? rejects.toString() : null;
		Path store = this.parameters.output().resolve(storeName(source));
		if (reader.accepted() == 0) {
			Files.deleteIfExists(store);
			return new FileSummary(source.toString(), null, reader.read(), 0, rejected, 0, null, null, List.of(), 0,
					rejectsName);
		}
		TimeOrder order = TimeOrder.of(reader.times());
		List<SeriesFrame.Column> columns = new ArrayList<>();
		List<FileSummary.ColumnSummary> described = new ArrayList<>();
		for (ColumnBuilder builder : reader.columns()) {
			SeriesFrame.Column column = builder.column(order.rows());
			columns.add(column);
			described.add(new FileSummary.ColumnSummary(column.name(), column.integral() ? "int64" : "float64"));
		}
		long size = stores.add(store, new SeriesFrame(this.parameters.timeField(), order.times(), columns));
		long[] times = order.times();
		return new FileSummary(source.toString(), store.toString(), reader.read(), times.length, rejected,
				order.duplicates(), iso(times[0]), iso(times[times.length - 1]), described, size, rejectsName);
	}

	/** {@code AAPL.json} → {@code AAPL.h5}; also for .jsonl, .ndjson and their .gz. */
	static String storeName(Path source) {
		String name = source.getFileName().toString();
		if (name.endsWith(".gz")) {
			name = name.substring(0, name.length() - 3);
		}
		int dot = name.lastIndexOf('.');
		return ((dot > 0) ? name.substring(0, dot) : name) + ".h5";
	}

	private static String iso(long epochNanos) {
		return Instant
			.ofEpochSecond(Math.floorDiv(epochNanos, 1_000_000_000L), Math.floorMod(epochNanos, 1_000_000_000L))
			.toString();
	}

}
