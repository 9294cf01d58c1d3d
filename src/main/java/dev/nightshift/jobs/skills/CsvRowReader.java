package dev.nightshift.jobs.skills;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipException;

import dev.nightshift.engine.RecordReader;
import dev.nightshift.engine.Rejects;
import dev.nightshift.engine.Split;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Reads the records of one split: {@link CsvRecords} finds each record's bytes, Jackson's
 * CSV parser reads its fields, one parser per record so that a bad record costs only
 * itself. Blank lines are skipped, as pandas does. Rejected, with the line the record
 * starts on: what Jackson refuses (text after a closing quote, a quote left open, invalid
 * UTF-8), more fields than the header has, a record over 64 MiB; a file with no header
 * row and a truncated gzip count as one rejected record each, as in the ingest job.
 */
final class CsvRowReader implements RecordReader<CsvRow> {

	static final int MAX_REJECTED_TEXT = 64 << 10;

	private static final CsvMapper CSV = CsvMapper.builder()
		.enable(CsvReadFeature.WRAP_AS_ARRAY)
		.enable(CsvReadFeature.SKIP_EMPTY_LINES)
		.build();

	private static final Pattern LOCATION = Pattern.compile(" \\(at char #\\d+, byte #\\d+\\)");

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private final Split split;

	private final Rejects rejects;

	private final CsvRecords records;

	/** Records starting at or past this offset belong to the next split. */
	private final long end;

	private final CsvRow row;

	private CsvRowReader(Split split, Rejects rejects, CsvRecords records, long end, List<String> header) {
		this.split = split;
		this.rejects = rejects;
		this.records = records;
		this.end = end;
		this.row = new CsvRow(header);
	}

	static CsvRowReader open(Split split, Rejects rejects) throws IOException {
		Path file = split.file();
		boolean gzipped = CsvPostings.gzipped(file);
		InputStream in = CsvPostings.stream(file, gzipped ? 0 : split.start());
		try {
			CsvRecords records = new CsvRecords(in, gzipped ? 0 : split.start(), Math.max(split.firstLine(), 1),
					CsvPostings.BUFFER_SIZE);
			List<String> header;
			if (split.start() == 0 || gzipped) {
				header = header(file, records, rejects);
			}
			else {
				try (InputStream start = CsvPostings.stream(file, 0)) {
					header = header(file, new CsvRecords(start, 0, 1, 1 << 16), Rejects.FAIL);
				}
			}
			return new CsvRowReader(split, rejects, records, gzipped ? Long.MAX_VALUE : split.end(), header);
		}
		catch (IOException | RuntimeException ex) {
			in.close();
			throw ex;
		}
	}

	/**
	 * The first record that is not blank; an empty list (rejected) when there is none.
	 */
	private static List<String> header(Path file, CsvRecords records, Rejects rejects) throws IOException {
		CsvRow header = new CsvRow(List.of());
		while (advance(records, rejects)) {
			int from = records.from();
			if (records.start() == 0 && startsWith(records.bytes(), from, records.to(), BOM)) {
				from += BOM.length;
			}
			try {
				if (!records.oversized() && parse(records.bytes(), from, records.to() - from, header)) {
					List<String> names = new ArrayList<>();
					for (int i = 0; i < header.size(); i++) {
						names.add(header.get(i));
					}
					return List.copyOf(names);
				}
			}
			catch (JacksonException ex) {
				throw new IllegalArgumentException(
						"%s line %d: cannot read the header row: %s".formatted(file, records.line(), reason(ex)), ex);
			}
		}
		rejects.reject(1, "no header row: the file is empty", null);
		return List.of();
	}

	@Override
	public boolean next() throws IOException {
		while (nextRecord()) {
			if (this.records.oversized()) {
				reject("record longer than %d MiB (a quoted field left open?)"
					.formatted(CsvRecords.MAX_RECORD_BYTES >> 20));
				continue;
			}
			byte[] bytes = this.records.bytes();
			int from = this.records.from();
			int length = this.records.to() - from;
			this.row.clear(this.records.line());
			try {
				if (!parse(bytes, from, length, this.row)) {
					continue;
				}
			}
			catch (JacksonException ex) {
				reject(reason(ex));
				continue;
			}
			if (this.row.size() > this.row.header().size()) {
				reject("%d fields, the header has %d".formatted(this.row.size(), this.row.header().size()));
				continue;
			}
			return true;
		}
		return false;
	}

	private boolean nextRecord() throws IOException {
		return advance(this.records, this.rejects) && this.records.start() < this.end;
	}

	/**
	 * The next record; a gzip that breaks off ends the file as one rejected record, after
	 * the records before the damage.
	 */
	private static boolean advance(CsvRecords records, Rejects rejects) throws IOException {
		try {
			return records.next();
		}
		catch (EOFException | ZipException ex) {
			rejects.reject(records.line(), "truncated or corrupt gzip: " + ex.getMessage(), null);
			return false;
		}
	}

	/**
	 * Reads one record's fields into {@code row}; false for a blank line. Two rows in one
	 * record (a carriage return alone ends a row for Jackson) are refused.
	 */
	private static boolean parse(byte[] bytes, int from, int length, CsvRow row) {
		try (JsonParser parser = CSV.createParser(bytes, from, length)) {
			if (parser.nextToken() != JsonToken.START_ARRAY || parser.nextToken() != JsonToken.START_ARRAY) {
				return false;
			}
			JsonToken token;
			while ((token = parser.nextToken()) == JsonToken.VALUE_STRING) {
				row.add(parser.getString());
			}
			if (token != JsonToken.END_ARRAY || parser.nextToken() != JsonToken.END_ARRAY) {
				throw new IllegalRowException("more than one row: a carriage return without a line feed ends a row");
			}
			return true;
		}
	}

	private void reject(String reason) {
		int length = Math.min(this.records.to() - this.records.from(), MAX_REJECTED_TEXT);
		String text = this.records.oversized() ? null
				: new String(this.records.bytes(), this.records.from(), length, StandardCharsets.UTF_8).stripTrailing();
		this.rejects.reject(this.records.line(), reason, text);
	}

	/**
	 * Jackson's message without its location, which counts from the start of the read
	 * buffer, not of the record.
	 */
	private static String reason(JacksonException ex) {
		String message = (ex.getOriginalMessage() != null) ? ex.getOriginalMessage() : ex.toString();
		return LOCATION.matcher(message).replaceAll("");
	}

	private static boolean startsWith(byte[] bytes, int from, int to, byte[] prefix) {
		if (to - from < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[from + i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	@Override
	public CsvRow current() {
		return this.row;
	}

	@Override
	public long bytesRead() {
		return Math.max(0, Math.min(this.records.end(), this.split.end()) - this.split.start());
	}

	@Override
	public void close() throws IOException {
		this.records.close();
	}

	/** A record that Jackson reads but the job cannot take as one row. */
	private static final class IllegalRowException extends JacksonException {

		IllegalRowException(String message) {
			super(message);
		}

	}

}
