package dev.nightshift.schedule;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.nightshift.definition.JobDefinitions;
import dev.nightshift.schedule.FireDueSchedulesTask.Fired;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs {@link FireDueSchedulesTask} in {@code serve}: the catch-up once at start, then a
 * check every second. Every firing, and every refusal, goes to the log.
 */
@Component
public class Scheduler implements AutoCloseable {

	private static final Log log = LogFactory.getLog(Scheduler.class);

	private final List<Schedule> schedules;

	private final FireDueSchedulesTask task;

	private final ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "scheduler");
		thread.setDaemon(true);
		return thread;
	});

	Scheduler(JobDefinitions definitions, NightLauncher nights, Clock clock,
			@Value("${nightshift.schedule.zone:}") String zone) {
		ZoneId zoneId = zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone);
		this.schedules = definitions.all()
			.stream()
			.filter(definition -> definition.schedule() != null)
			.map(definition -> Schedule.of(definition, zoneId))
			.toList();
		this.task = new FireDueSchedulesTask(this.schedules, nights, clock);
	}

	/**
	 * Catches up, then checks every second.
	 * @return a line per schedule and per missed night, for the operator
	 */
	public List<String> start() {
		List<String> lines = new ArrayList<>();
		for (Schedule schedule : this.schedules) {
			lines.add("%-12s %-16s next %s (catch-up: %s)".formatted(schedule.job(), schedule.definition().schedule(),
					Schedule.format(this.task.nextDue().get(schedule.job())),
					schedule.definition().catchUp().name().toLowerCase(Locale.ROOT)));
		}
		for (Fired fired : this.task.catchUp()) {
			log.info(fired);
			lines.add(fired.toString());
		}
		this.ticks.scheduleWithFixedDelay(this::tick, 1, 1, TimeUnit.SECONDS);
		return lines;
	}

	/** Each schedule and when it is due next. */
	public List<Planned> planned() {
		return this.schedules.stream()
			.map(schedule -> new Planned(schedule.job(), schedule.definition().schedule(), schedule.zone().getId(),
					this.task.nextDue().get(schedule.job()),
					schedule.definition().catchUp().name().toLowerCase(Locale.ROOT)))
			.toList();
	}

	private void tick() {
		try {
			this.task.run().forEach(log::info);
		}
		catch (RuntimeException ex) {
			log.error("the scheduler's check failed; it runs again in a second", ex);
		}
	}

	@Override
	public void close() {
		this.ticks.shutdownNow();
	}

	public record Planned(String job, String cron, String zone, ZonedDateTime next, String catchUp) {
	}

}
