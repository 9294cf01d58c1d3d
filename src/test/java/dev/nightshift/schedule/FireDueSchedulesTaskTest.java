package dev.nightshift.schedule;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.nightshift.definition.CatchUp;
import dev.nightshift.definition.JobDefinition;
import dev.nightshift.definition.JobKind;
import dev.nightshift.schedule.FireDueSchedulesTask.Fired;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FireDueSchedulesTaskTest {

	private static final ZoneId UTC = ZoneOffset.UTC;

	/** Every night at 02:30. */
	private static final String NIGHTLY = "0 30 2 * * *";

	private final TestClock clock = new TestClock(Instant.parse("2026-12-02T01:00:00Z"));

	private final RecordingLauncher launcher = new RecordingLauncher();

	@Test
	void aScheduleFiresWhenItsTimeComesAsTheInstanceOfThatNight() {
		FireDueSchedulesTask task = task(schedule("nightly", NIGHTLY, CatchUp.NONE, UTC));

		this.clock.set("2026-12-02T02:29:59Z");
		assertThat(task.run()).isEmpty();
		this.clock.set("2026-12-02T02:30:00.4Z");
		List<Fired> fired = task.run();
		this.clock.set("2026-12-02T02:30:01Z");
		assertThat(task.run()).as("once per due time").isEmpty();

		assertThat(fired).extracting(Fired::job, Fired::night).containsExactly(tuple("nightly", "2026-12-02"));
		assertThat(this.launcher.launched).containsExactly("nightly 2026-12-02");
		assertThat(task.nextDue().get("nightly").toInstant()).isEqualTo(Instant.parse("2026-12-03T02:30:00Z"));
	}

	@Test
	void afterAPauseOfSeveralNightsOnlyTheLatestRunsNeverABurst() {
		FireDueSchedulesTask task = task(schedule("nightly", NIGHTLY, CatchUp.NONE, UTC));

		this.clock.set("2026-12-06T09:00:00Z");
		task.run();
		this.clock.set("2026-12-06T09:00:01Z");
		task.run();

		assertThat(this.launcher.launched).containsExactly("nightly 2026-12-06");
	}

	@Test
	void theNightIsTheDateOfTheDueTimeInTheSchedulesZone() {
		ZoneId tokyo = ZoneId.of("Asia/Tokyo");
		FireDueSchedulesTask task = task(schedule("tokyo", "0 30 0 * * *", CatchUp.NONE, tokyo));

		this.clock.set("2026-12-02T15:30:00Z");
		task.run();

		assertThat(this.launcher.launched).containsExactly("tokyo 2026-12-03");
	}

	@Test
	void atStartUpTheLatestMissedNightRunsOnceWithCatchUpLatestAndIsOnlyReportedWithNone() {
		this.clock.set("2026-12-05T08:00:00Z");
		FireDueSchedulesTask task = task(schedule("latest", NIGHTLY, CatchUp.LATEST, UTC),
				schedule("none", NIGHTLY, CatchUp.NONE, UTC));

		List<Fired> caughtUp = task.catchUp();

		assertThat(this.launcher.launched).containsExactly("latest 2026-12-05");
		assertThat(caughtUp).extracting(Fired::job, Fired::night)
			.containsExactly(tuple("latest", "2026-12-05"), tuple("none", "2026-12-05"));
		assertThat(caughtUp.get(0).outcome()).startsWith("missed while the server was down, caught up: started");
		assertThat(caughtUp.get(1).outcome()).isEqualTo("missed while the server was down, skipped (catch-up: none)");
	}

	@Test
	void aNightWhoseInstanceExistsIsNotCaughtUp() {
		this.clock.set("2026-12-05T08:00:00Z");
		this.launcher.existing.add("latest 2026-12-05");
		FireDueSchedulesTask task = task(schedule("latest", NIGHTLY, CatchUp.LATEST, UTC));

		assertThat(task.catchUp()).isEmpty();
		assertThat(this.launcher.launched).isEmpty();
	}

	@Test
	void theLastDueTimeIsFoundForRareSchedulesToo() {
		Schedule yearly = schedule("yearly", "0 0 3 1 1 *", CatchUp.NONE, UTC);
		Schedule everySecond = schedule("busy", "* * * * * *", CatchUp.NONE, UTC);
		Instant now = Instant.parse("2026-12-02T10:15:30.5Z");

		assertThat(yearly.latestAtOrBefore(now).toInstant()).isEqualTo(Instant.parse("2026-01-01T03:00:00Z"));
		assertThat(everySecond.latestAtOrBefore(now).toInstant()).isEqualTo(Instant.parse("2026-12-02T10:15:30Z"));
		assertThat(schedule("exact", NIGHTLY, CatchUp.NONE, UTC).latestAtOrBefore(Instant.parse("2026-12-02T02:30:00Z"))
			.toInstant()).isEqualTo(Instant.parse("2026-12-02T02:30:00Z"));
	}

	private FireDueSchedulesTask task(Schedule... schedules) {
		return new FireDueSchedulesTask(List.of(schedules), this.launcher, this.clock);
	}

	private static Schedule schedule(String job, String cron, CatchUp catchUp, ZoneId zone) {
		return Schedule.of(new JobDefinition(job, JobKind.MAPREDUCE, null, cron, catchUp, Map.of(), List.of(),
				Path.of(job + ".yml")), zone);
	}

	private static org.assertj.core.groups.Tuple tuple(String job, String night) {
		return org.assertj.core.groups.Tuple.tuple(job, LocalDate.parse(night));
	}

	private static final class RecordingLauncher implements NightLauncher {

		private final List<String> launched = new ArrayList<>();

		private final Set<String> existing = new HashSet<>();

		@Override
		public String launch(JobDefinition definition, LocalDate night) {
			this.launched.add(definition.name() + " " + night);
			return "started execution " + this.launched.size();
		}

		@Override
		public boolean exists(JobDefinition definition, LocalDate night) {
			return this.existing.contains(definition.name() + " " + night);
		}

	}

	private static final class TestClock extends Clock {

		private Instant now;

		TestClock(Instant now) {
			this.now = now;
		}

		void set(String instant) {
			this.now = Instant.parse(instant);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public ZoneId getZone() {
			return UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

}
