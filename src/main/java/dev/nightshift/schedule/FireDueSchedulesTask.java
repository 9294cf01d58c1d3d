package dev.nightshift.schedule;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.nightshift.definition.CatchUp;

/**
 * Fires the schedules whose time has come. Run at start-up ({@link #catchUp}) and then
 * every second or so ({@link #run}). After a pause longer than a period (a suspended
 * machine, a long collection) only the latest due night runs: never a burst.
 *
 * <pre>{@code
 * FireDueSchedulesTask task = new FireDueSchedulesTask(schedules, launcher, clock);
 * task.catchUp();
 * every second: task.run();
 * }</pre>
 */
final class FireDueSchedulesTask {

	private final List<Schedule> schedules;

	private final NightLauncher launcher;

	private final Clock clock;

	private final Map<String, ZonedDateTime> next = new HashMap<>();

	FireDueSchedulesTask(List<Schedule> schedules, NightLauncher launcher, Clock clock) {
		this.schedules = List.copyOf(schedules);
		this.launcher = launcher;
		this.clock = clock;
		Instant now = clock.instant();
		for (Schedule schedule : this.schedules) {
			this.next.put(schedule.job(), schedule.nextAfter(now));
		}
	}

	/**
	 * The night last due before start-up, if its instance never ran: started with
	 * {@code catch-up: latest}, only reported with {@code catch-up: none}.
	 */
	List<Fired> catchUp() {
		Instant now = this.clock.instant();
		List<Fired> fired = new ArrayList<>();
		for (Schedule schedule : this.schedules) {
			ZonedDateTime due = schedule.latestAtOrBefore(now);
			if (due == null || this.launcher.exists(schedule.definition(), Schedule.night(due))) {
				continue;
			}
			String outcome = (schedule.definition().catchUp() == CatchUp.LATEST)
					? "missed while the server was down, caught up: "
							+ this.launcher.launch(schedule.definition(), Schedule.night(due))
					: "missed while the server was down, skipped (catch-up: none)";
			fired.add(new Fired(schedule.job(), Schedule.night(due), due, outcome));
		}
		return fired;
	}

	/** The schedules due since the last run, each for its latest due night. */
	List<Fired> run() {
		Instant now = this.clock.instant();
		List<Fired> fired = new ArrayList<>();
		for (Schedule schedule : this.schedules) {
			ZonedDateTime due = this.next.get(schedule.job());
			if (due == null || due.toInstant().isAfter(now)) {
				continue;
			}
			ZonedDateTime latest = schedule.latestAtOrBefore(now);
			LocalDate night = Schedule.night(latest);
			fired.add(new Fired(schedule.job(), night, latest, this.launcher.launch(schedule.definition(), night)));
			this.next.put(schedule.job(), schedule.nextAfter(now));
		}
		return fired;
	}

	/** When each schedule is due next. */
	Map<String, ZonedDateTime> nextDue() {
		return Collections.unmodifiableMap(this.next);
	}

	record Fired(String job, LocalDate night, ZonedDateTime due, String outcome) {

		@Override
		public String toString() {
			return "%s night %s (due %s): %s".formatted(this.job, this.night, Schedule.format(this.due), this.outcome);
		}

	}

}
