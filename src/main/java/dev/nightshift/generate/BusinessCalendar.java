package dev.nightshift.generate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Trading days: Monday to Friday, except New Year's Day, Independence Day and Christmas
 * when they fall on a weekday. Exchanges also close on moving holidays (Good Friday,
 * Thanksgiving) and on the weekday next to a holiday that falls on a weekend; synthetic
 * data needs neither, only a calendar without weekends that is the same everywhere.
 */
final class BusinessCalendar {

	private static final Set<MonthDay> HOLIDAYS = Set.of(MonthDay.of(1, 1), MonthDay.of(7, 4), MonthDay.of(12, 25));

	private BusinessCalendar() {
	}

	static boolean isBusinessDay(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !HOLIDAYS.contains(MonthDay.from(date));
	}

	/**
	 * The last {@code days} business days up to and including {@code last}, ascending.
	 */
	static List<LocalDate> endingOn(LocalDate last, int days) {
		List<LocalDate> dates = new ArrayList<>(days);
		for (LocalDate date = last; dates.size() < days; date = date.minusDays(1)) {
			if (isBusinessDay(date)) {
				dates.add(date);
			}
		}
		Collections.reverse(dates);
		return dates;
	}

}
