package dev.nightshift.jobs.ingest;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonRecyclerPools;

/**
 * Reads one file of timestamped JSON records into columns: JSON lines (one object per
 * line) or one top-level array of objects, gzipped or not (told by its first bytes).
 * Jackson's streaming parser, no tree per record. A record that cannot be stored whole
 * (malformed JSON, no or an unreadable time, a non-numeric value in a numeric field) goes
 * to the {@link RejectSink} with its line; so does a file-level problem (no records, a
 * truncated gzip), counted as one record read and rejected, so that read = accepted +
 * rejected.
 *
 * <p>
 * The columns are the requested fields, or by default every field whose first non-null
 * value is a number (a field that first holds text is not a column).
 */
final class JsonSeriesReader {

	/**
	 * A parser per line (so that a bad line costs only itself) takes and returns buffers
	 * per line: from the thread's own pool, not Jackson's default shared deque.
	 */
	private static final JsonFactory JSON = JsonFactory.builder()
		.recyclerPool(JsonRecyclerPools.threadLocalPool())
		.build();

	private static final int PEEK = 1 << 16;

	private final String timeField;

	private final boolean everyNumericField;

	private final RejectSink rejects;

	private final Map<String, ColumnBuilder> columnsByName = new HashMap<>();

	private final List<ColumnBuilder> columns = new ArrayList<>();

	private final Set<String> textFields = new HashSet<>();

	private long[] times = new long[1024];

	private long stagedTime;

	private int rows;

	private long read;

	private long lastLine;

	/**
	 * @param fields the fields to store, in order; empty for every numeric field
	 */
	JsonSeriesReader(String timeField, List<String> fields, RejectSink rejects) {
		this.timeField = timeField;
		this.everyNumericField = fields.isEmpty();
		this.rejects = rejects;
		for (String field : fields) {
			addColumn(field);
		}
	}

	void read(InputStream file) throws IOException {
		BufferedInputStream buffered = new BufferedInputStream(file, PEEK);
		LineReader lines = new LineReader(isGzip(buffered) ? new GZIPInputStream(buffered, PEEK) : buffered);
		try {
			if (nextRecordLine(lines)) {
				if (lines.buffer()[startOfJson(lines)] == '[') {
					readArray(lines.fromCurrentLine(), lines.number() - 1);
				}
				else {
					readLines(lines);
				}
			}
		}
		catch (EOFException | ZipException ex) {
			fileProblem(this.lastLine + 1, "the gzip data is truncated or corrupt after line " + this.lastLine + " ("
					+ ex.getMessage() + "): the records after it are lost");
		}
		if (this.read == 0) {
			fileProblem(1, "the file holds no records");
		}
	}

	/** Records seen, as counted for read = accepted + rejected. */
	long read() {
		return this.read;
	}

	int accepted() {
		return this.rows;
	}

	/** Epoch nanoseconds of the accepted records, in file order. */
	long[] times() {
		return Arrays.copyOf(this.times, this.rows);
	}

	List<ColumnBuilder> columns() {
		return this.columns;
	}

	/**
	 * From the current line, the first that holds anything, to the end. The lines in the
	 * buffer go through one parser (one per line would cost about as much as the
	 * parsing); a line that the parser cannot take as one whole record is read again on
	 * its own, which says why, and the next line starts a new parser.
	 */
	private void readLines(LineReader lines) throws IOException {
		do {
			readBufferedLines(lines);
		}
		while (nextRecordLine(lines));
	}

	private void readBufferedLines(LineReader lines) throws IOException {
		int from = lines.start();
		try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), lines.buffer(), from,
				lines.bufferedEnd() - from)) {
			do {
				int columnsBefore = this.columns.size();
				if (!readWholeLine(parser, from, lines)) {
					rollBack(columnsBefore);
					readLine(lines);
					return;
				}
				this.read++;
				keep();
				this.lastLine = lines.number();
			}
			while (nextBufferedRecordLine(lines));
		}
	}

	/**
	 * Whether the parser's next record is a good one and the whole of the current line.
	 */
	private boolean readWholeLine(JsonParser parser, int from, LineReader lines) {
		try {
			if (parser.nextToken() != JsonToken.START_OBJECT || readObject(parser) != null) {
				return false;
			}
			int end = from + (int) parser.currentLocation().getByteOffset();
			return end <= lines.end() && isBlank(lines.buffer(), end, lines.end());
		}
		catch (JacksonException ex) {
			return false;
		}
	}

	/** The current line alone: a record, or a rejection that says what is wrong. */
	private void readLine(LineReader lines) {
		byte[] buffer = lines.buffer();
		int start = startOfJson(lines);
		this.read++;
		int columnsBefore = this.columns.size();
		String problem;
		try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), buffer, start, lines.end() - start)) {
			problem = (parser.nextToken() == JsonToken.START_OBJECT) ? readObject(parser) : "expected a JSON object";
			if (problem == null && parser.nextToken() != null) {
				problem = "unexpected content after the object";
			}
		}
		catch (JacksonException ex) {
			problem = "malformed JSON: " + ex.getOriginalMessage();
		}
		if (problem == null) {
			keep();
		}
		else {
			rollBack(columnsBefore);
			this.rejects.reject(lines.number(), problem, buffer, lines.start(), lines.end() - lines.start());
		}
		this.lastLine = lines.number();
	}

	/**
	 * Like {@link #nextRecordLine} within the buffer, which must not move under a parser.
	 */
	private boolean nextBufferedRecordLine(LineReader lines) throws IOException {
		while (lines.hasBufferedLine()) {
			lines.next();
			if (startOfJson(lines) < lines.end()) {
				return true;
			}
			this.lastLine = lines.number();
		}
		return false;
	}

	/** Skips blank lines; false at the end. */
	private boolean nextRecordLine(LineReader lines) throws IOException {
		while (lines.next()) {
			if (startOfJson(lines) < lines.end()) {
				return true;
			}
			this.lastLine = lines.number();
		}
		return false;
	}

	/**
	 * A file holding one array. A syntax error ends the reading: the parser cannot find
	 * the next element after it, so the rest is rejected as one record at that line.
	 */
	private void readArray(InputStream data, long linesBefore) throws IOException {
		try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), data)) {
			parser.nextToken();
			JsonToken token;
			while ((token = nextElement(parser)) != JsonToken.END_ARRAY) {
				long line = linesBefore + parser.currentTokenLocation().getLineNr();
				this.read++;
				int columnsBefore = this.columns.size();
				try {
					if (token == JsonToken.START_OBJECT) {
						String problem = readObject(parser);
						if (problem == null) {
							keep();
						}
						else {
							rollBack(columnsBefore);
							this.rejects.reject(line, problem, null, 0, 0);
						}
					}
					else {
						parser.skipChildren();
						this.rejects.reject(line, "expected a JSON object", null, 0, 0);
					}
				}
				catch (JacksonIOException ex) {
					throw ex.getCause();
				}
				catch (JacksonException ex) {
					rollBack(columnsBefore);
					this.rejects.reject(ex.getLocation().getLineNr(),
							"malformed JSON: " + ex.getOriginalMessage() + "; the rest of the array cannot be read",
							null, 0, 0);
					return;
				}
				this.lastLine = line;
			}
			if (parser.nextToken() != null) {
				this.read++;
				this.rejects.reject(linesBefore + parser.currentTokenLocation().getLineNr(),
						"unexpected content after the array", null, 0, 0);
			}
		}
		catch (JacksonIOException ex) {
			throw ex.getCause();
		}
		catch (JacksonException ex) {
			this.read++;
			this.rejects.reject(ex.getLocation().getLineNr(), "malformed JSON: " + ex.getOriginalMessage(), null, 0, 0);
		}
	}

	private static JsonToken nextElement(JsonParser parser) {
		JsonToken token = parser.nextToken();
		if (token == null) {
			throw new IllegalStateException("unreachable: Jackson reports an unclosed array");
		}
		return token;
	}

	/**
	 * Stages the values of the object the parser has just entered; null when the record
	 * can be kept, else why not (the caller then rolls it back).
	 */
	private String readObject(JsonParser parser) {
		long time = TimeParser.INVALID;
		boolean timed = false;
		String timeProblem = null;
		String problem = null;
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			JsonToken value = parser.nextToken();
			if (name.equals(this.timeField)) {
				timed = true;
				time = time(parser, value);
				timeProblem = (time == TimeParser.INVALID) ? "time field '" + this.timeField + "': cannot read "
						+ describe(parser, value) + " as an ISO date or date-time, or epoch seconds or milliseconds"
						: null;
			}
			else if (problem == null) {
				problem = stage(name, parser, value);
			}
			parser.skipChildren();
		}
		if (problem == null) {
			problem = timed ? timeProblem : "no time field '" + this.timeField + "'";
		}
		this.stagedTime = time;
		return problem;
	}

	private String stage(String name, JsonParser parser, JsonToken value) {
		ColumnBuilder column = column(name, value);
		if (column == null) {
			return null;
		}
		switch (value) {
			case VALUE_NUMBER_INT -> {
				if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
					column.stage(parser.getDoubleValue());
				}
				else {
					column.stage(parser.getLongValue());
				}
			}
			case VALUE_NUMBER_FLOAT -> column.stage(parser.getDoubleValue());
			case VALUE_NULL -> {
			}
			default -> {
				return "field '" + name + "': expected a number, found " + describe(parser, value);
			}
		}
		return null;
	}

	private ColumnBuilder column(String name, JsonToken value) {
		ColumnBuilder column = this.columnsByName.get(name);
		if (column != null || !this.everyNumericField || value == JsonToken.VALUE_NULL
				|| this.textFields.contains(name)) {
			return column;
		}
		if (value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT) {
			return addColumn(name);
		}
		this.textFields.add(name);
		return null;
	}

	private ColumnBuilder addColumn(String name) {
		ColumnBuilder column = new ColumnBuilder(name, this.rows);
		this.columnsByName.put(name, column);
		this.columns.add(column);
		return column;
	}

	private static long time(JsonParser parser, JsonToken value) {
		return switch (value) {
			case VALUE_STRING ->
				TimeParser.parse(parser.getStringCharacters(), parser.getStringOffset(), parser.getStringLength());
			case VALUE_NUMBER_INT -> (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) ? TimeParser.INVALID
					: TimeParser.parse(parser.getLongValue());
			case VALUE_NUMBER_FLOAT -> TimeParser.parse(parser.getDoubleValue());
			default -> TimeParser.INVALID;
		};
	}

	private void keep() {
		if (this.rows == this.times.length) {
			this.times = Arrays.copyOf(this.times, this.rows * 2);
		}
		this.times[this.rows++] = this.stagedTime;
		for (ColumnBuilder column : this.columns) {
			column.accept();
		}
	}

	/** Discards the staged values, and the columns that only this record brought. */
	private void rollBack(int columnsBefore) {
		while (this.columns.size() > columnsBefore) {
			this.columnsByName.remove(this.columns.remove(this.columns.size() - 1).name());
		}
		for (ColumnBuilder column : this.columns) {
			column.discard();
		}
	}

	private void fileProblem(long line, String reason) {
		this.read++;
		this.rejects.reject(line, reason, null, 0, 0);
	}

	private static String describe(JsonParser parser, JsonToken value) {
		return switch (value) {
			case VALUE_STRING -> {
				String text = parser.getString();
				yield "the string \"" + ((text.length() > 40) ? text.substring(0, 40) + "…" : text) + "\"";
			}
			case VALUE_TRUE, VALUE_FALSE, VALUE_NULL -> value.asString();
			case START_OBJECT -> "an object";
			case START_ARRAY -> "an array";
			default -> "the number " + parser.getText();
		};
	}

	private static boolean isGzip(BufferedInputStream in) throws IOException {
		in.mark(2);
		int first = in.read();
		int second = in.read();
		in.reset();
		return first == 0x1f && second == 0x8b;
	}

	private static boolean isBlank(byte[] bytes, int from, int to) {
		for (int i = from; i < to; i++) {
			if (bytes[i] != ' ' && bytes[i] != '\t' && bytes[i] != '\r') {
				return false;
			}
		}
		return true;
	}

	/** Where the JSON of the current line starts: after blanks and a byte-order mark. */
	private static int startOfJson(LineReader lines) {
		byte[] bytes = lines.buffer();
		int i = lines.start();
		if (lines.end() - i >= 3 && bytes[i] == (byte) 0xEF && bytes[i + 1] == (byte) 0xBB
				&& bytes[i + 2] == (byte) 0xBF) {
			i += 3;
		}
		while (i < lines.end() && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r')) {
			i++;
		}
		return i;
	}

}
