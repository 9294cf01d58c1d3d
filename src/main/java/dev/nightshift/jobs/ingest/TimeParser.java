package dev.nightshift.jobs.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * Reads a timestamp as epoch nanoseconds, the unit of a pandas DatetimeIndex: an ISO date
 * ({@code 2024-03-01}, midnight UTC), an ISO date-time with or without zone (without one
 * it is taken as UTC, as pandas takes a naive time), or a number of epoch seconds, or of
 * milliseconds when it is 10^11 or more (before 1973 milliseconds read as seconds).
 */
final class TimeParser {

	/** What {@link #parse} returns for a value it cannot read. */
	static final long INVALID = Long.MIN_VALUE;

	private static final long NANOS_PER_SECOND = 1_000_000_000L;

	private static final long NANOS_PER_DAY = 86_400L * NANOS_PER_SECOND;

	private static final double MILLIS_FROM = 1e11;

	private TimeParser() {
	}

	/**
	 * {@code text[offset, offset + length)}, without making a String for a plain date.
	 */
	static long parse(char[] text, int offset, int length) {
		if (length == 10 && text[offset + 4] == '-' && text[offset + 7] == '-') {
			int year = digits(text, offset, 4);
			int month = digits(text, offset + 5, 2);
			int day = digits(text, offset + 8, 2);
			if (year < 0 || month < 0 || day < 0) {
				return INVALID;
			}
			try {
				return ofDay(LocalDate.of(year, month, day).toEpochDay());
			}
			catch (DateTimeException ex) {
				return INVALID;
			}
		}
		return parseDateTime(new String(text, offset, length));
	}

	static long parse(double epoch) {
		if (!Double.isFinite(epoch)) {
			return INVALID;
		}
		double nanos = Math.abs(epoch) >= MILLIS_FROM ? epoch * 1e6 : epoch * 1e9;
		return (Math.abs(nanos) < 9.2e18) ? Math.round(nanos) : INVALID;
	}

	static long parse(long epoch) {
		try {
			return Math.abs(epoch) >= (long) MILLIS_FROM ? Math.multiplyExact(epoch, 1_000_000L)
					: Math.multiplyExact(epoch, NANOS_PER_SECOND);
		}
		catch (ArithmeticException ex) {
			return INVALID;
		}
	}

	private static long parseDateTime(String text) {
		String iso = (text.length() > 10 && text.charAt(10) == ' ') ? text.substring(0, 10) + 'T' + text.substring(11)
				: text;
		try {
			TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(iso, ZonedDateTime::from,
					LocalDateTime::from);
			Instant instant = (parsed instanceof ZonedDateTime zoned) ? zoned.toInstant()
					: ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
			return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), NANOS_PER_SECOND), instant.getNano());
		}
		catch (DateTimeException | ArithmeticException ex) {
			return INVALID;
		}
	}

	private static long ofDay(long epochDay) {
		try {
			return Math.multiplyExact(epochDay, NANOS_PER_DAY);
		}
		catch (ArithmeticException ex) {
			return INVALID;
		}
	}

	private static int digits(char[] text, int offset, int count) {
		int value = 0;
		for (int i = offset; i < offset + count; i++) {
			char c = text[i];
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

}
