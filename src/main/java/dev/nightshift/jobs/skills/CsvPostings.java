package dev.nightshift.jobs.skills;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import dev.nightshift.engine.InputFormat;
import dev.nightshift.engine.RecordReader;
import dev.nightshift.engine.Rejects;
import dev.nightshift.engine.Split;

/**
 * CSV files with a header row, plain or gzipped (told by their first bytes), as
 * {@link CsvRow}s. Quoted fields may hold commas, quotes and line breaks, so a record's
 * start cannot be found from an arbitrary offset: {@link #split} reads a plain file once
 * to cut it at record starts and to count the line each split begins on; a gzipped file
 * is one split. Records that Jackson cannot read go to the rejects with their line.
 */
final class CsvPostings implements InputFormat<CsvRow> {

	static final int BUFFER_SIZE = 1 << 20;

	@Override
	public RecordReader<CsvRow> open(Split split) throws IOException {
		return open(split, Rejects.FAIL);
	}

	@Override
	public RecordReader<CsvRow> open(Split split, Rejects rejects) throws IOException {
		return CsvRowReader.open(split, rejects);
	}

	@Override
	public boolean splittable(Path file) {
		return !gzipped(file);
	}

	/**
	 * Splits of about {@code splitSize} bytes, each starting where a record starts; an
	 * empty file gets one empty split, so its reader can reject it.
	 */
	@Override
	public List<Split> split(Path file, long size, long splitSize) throws IOException {
		List<Split> splits = new ArrayList<>();
		if (size <= splitSize || !splittable(file)) {
			splits.add(new Split(file, 0, size));
			return splits;
		}
		try (InputStream in = stream(file, 0)) {
			CsvRecords records = new CsvRecords(in, 0, 1, BUFFER_SIZE);
			long start = 0;
			long line = 1;
			while (records.next()) {
				if (records.end() - start >= splitSize && records.end() < size) {
					splits.add(new Split(file, start, records.end() - start, line));
					start = records.end();
					line = 1 + records.lineFeeds();
				}
			}
			splits.add(new Split(file, start, size - start, line));
		}
		return splits;
	}

	/**
	 * The file's bytes from {@code offset}, decompressed when it is gzipped (then from
	 * 0).
	 */
	static InputStream stream(Path file, long offset) throws IOException {
		if (gzipped(file)) {
			return new GZIPInputStream(Files.newInputStream(file), 1 << 16);
		}
		FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
		channel.position(offset);
		return new BufferedInputStream(Channels.newInputStream(channel), 1 << 16);
	}

	static boolean gzipped(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return in.read() == 0x1f && in.read() == 0x8b;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
