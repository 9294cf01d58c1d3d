package dev.nightshift.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes daily bars as JSON lines straight into a byte buffer, one writer reused for
 * every file of a period. Dates are encoded once per period and prices arrive as whole
 * cents, written with exactly two decimals, so no String, formatter or locale is on the
 * way and no number can come out in scientific notation.
 */
final class BarWriter {

	private static final int BUFFER_SIZE = 1 << 16;

	/** More than the longest line: five 19-digit numbers and the field names. */
	private static final int LINE_ROOM = 256;

	private static final int DATE_LENGTH = 10;

	private static final byte[] DATE = ascii("{\"date\":\"");

	private static final byte[] OPEN = ascii("\",\"open\":");

	private static final byte[] HIGH = ascii(",\"high\":");

	private static final byte[] LOW = ascii(",\"low\":");

	private static final byte[] CLOSE = ascii(",\"close\":");

	private static final byte[] VOLUME = ascii(",\"volume\":");

	private static final byte[] END = ascii("}\n");

	private final byte[] dates;

	private final byte[] buffer = new byte[BUFFER_SIZE];

	private OutputStream out;

	private int position;

	BarWriter(List<LocalDate> period) {
		this.dates = new byte[period.size() * DATE_LENGTH];
		for (int day = 0; day < period.size(); day++) {
			encode(period.get(day), day * DATE_LENGTH);
		}
	}

	void start(OutputStream out) {
		this.out = out;
		this.position = 0;
	}

	void bar(int day, long open, long high, long low, long close, long volume) throws IOException {
		if (this.position > BUFFER_SIZE - LINE_ROOM) {
			flush();
		}
		copy(DATE);
		System.arraycopy(this.dates, day * DATE_LENGTH, this.buffer, this.position, DATE_LENGTH);
		this.position += DATE_LENGTH;
		copy(OPEN);
		cents(open);
		copy(HIGH);
		cents(high);
		copy(LOW);
		cents(low);
		copy(CLOSE);
		cents(close);
		copy(VOLUME);
		digits(volume);
		copy(END);
	}

	void flush() throws IOException {
		this.out.write(this.buffer, 0, this.position);
		this.position = 0;
	}

	private void cents(long value) {
		digits(value / 100);
		this.buffer[this.position++] = '.';
		this.buffer[this.position++] = (byte) ('0' + value / 10 % 10);
		this.buffer[this.position++] = (byte) ('0' + value % 10);
	}

	/** A non-negative number in decimal: its digits backwards, then reversed in place. */
	private void digits(long value) {
		int start = this.position;
		do {
			this.buffer[this.position++] = (byte) ('0' + value % 10);
			value /= 10;
		}
		while (value > 0);
		for (int i = start, j = this.position - 1; i < j; i++, j--) {
			byte digit = this.buffer[i];
			this.buffer[i] = this.buffer[j];
			this.buffer[j] = digit;
		}
	}

	private void copy(byte[] bytes) {
		System.arraycopy(bytes, 0, this.buffer, this.position, bytes.length);
		this.position += bytes.length;
	}

	/** {@code yyyy-mm-dd}; the calendar keeps years within 1000 to 9999. */
	private void encode(LocalDate date, int at) {
		int year = date.getYear();
		int month = date.getMonthValue();
		int day = date.getDayOfMonth();
		byte[] d = this.dates;
		d[at] = (byte) ('0' + year / 1000);
		d[at + 1] = (byte) ('0' + year / 100 % 10);
		d[at + 2] = (byte) ('0' + year / 10 % 10);
		d[at + 3] = (byte) ('0' + year % 10);
		d[at + 4] = '-';
		d[at + 5] = (byte) ('0' + month / 10);
		d[at + 6] = (byte) ('0' + month % 10);
		d[at + 7] = '-';
		d[at + 8] = (byte) ('0' + day / 10);
		d[at + 9] = (byte) ('0' + day % 10);
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

}
