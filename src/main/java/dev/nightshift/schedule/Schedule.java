package dev.nightshift.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import dev.nightshift.definition.JobDefinition;

import org.springframework.scheduling.support.CronExpression;

/**
 * A definition's schedule in a time zone: when it is due next, when it was last due, and
 * which night a due time is ({@code run.date}: the date of the due time in the zone).
 */
record Schedule(JobDefinition definition, CronExpression cron, ZoneId zone) {

	/** How far back the last due time is looked for: a yearly schedule still has one. */
	private static final List<Duration> LOOK_BACK = List.of(Duration.ofHours(1), Duration.ofDays(1), Duration.ofDays(8),
			Duration.ofDays(32), Duration.ofDays(367));

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss VV");

	static Schedule of(JobDefinition definition, ZoneId zone) {
		return new Schedule(definition, CronExpression.parse(definition.schedule()), zone);
	}

	String job() {
		return this.definition.name();
	}

	/** The first due time after {@code instant}, or null if there is none. */
	ZonedDateTime nextAfter(Instant instant) {
		return this.cron.next(instant.atZone(this.zone));
	}

	/** The last due time at or before {@code now}, or null if none in the last year. */
	ZonedDateTime latestAtOrBefore(Instant now) {
		ZonedDateTime end = now.atZone(this.zone);
		for (Duration window : LOOK_BACK) {
			ZonedDateTime due = this.cron.next(end.minus(window).minusNanos(1));
			if (due == null || due.isAfter(end)) {
				continue;
			}
			for (ZonedDateTime next = this.cron.next(due); next != null
					&& !next.isAfter(end); next = this.cron.next(next)) {
				due = next;
			}
			return due;
		}
		return null;
	}

	static LocalDate night(ZonedDateTime due) {
		return due.toLocalDate();
	}

	static String format(ZonedDateTime time) {
		return (time != null) ? TIME.format(time) : "never";
	}

}
