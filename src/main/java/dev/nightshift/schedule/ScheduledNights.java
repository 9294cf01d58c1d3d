package dev.nightshift.schedule;

import java.time.LocalDate;
import java.util.Map;

import dev.nightshift.definition.InvalidParameterException;
import dev.nightshift.definition.JobDefinition;
import dev.nightshift.ops.BackgroundLaunches;
import dev.nightshift.ops.Launch;
import dev.nightshift.ops.LaunchRefusedException;
import dev.nightshift.ops.Launcher;
import dev.nightshift.ops.Started;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * A night's run: the definition's defaults and {@code run.date}, launched in the
 * background like any other launch, so the same refusals apply (an instance running or
 * complete is not started again).
 */
@Component
class ScheduledNights implements NightLauncher {

	private final Launcher launcher;

	private final BackgroundLaunches launches;

	private final JobRepository repository;

	ScheduledNights(Launcher launcher, BackgroundLaunches launches, JobRepository repository) {
		this.launcher = launcher;
		this.launches = launches;
		this.repository = repository;
	}

	@Override
	public String launch(JobDefinition definition, LocalDate night) {
		try {
			Started started = this.launches.submit(prepare(definition, night));
			return "%s execution %d".formatted(
					started.isRestart() ? "continued the failed or stopped night as" : "started",
					started.execution().getId());
		}
		catch (LaunchRefusedException | InvalidParameterException ex) {
			return "not started: " + ex.getMessage();
		}
	}

	@Override
	public boolean exists(JobDefinition definition, LocalDate night) {
		try {
			return this.repository.getJobInstance(definition.name(), prepare(definition, night).parameters()) != null;
		}
		catch (InvalidParameterException ex) {
			return false;
		}
	}

	private Launch prepare(JobDefinition definition, LocalDate night) {
		return this.launcher.prepare(definition.name(), Map.of(JobDefinition.RUN_DATE, night.toString()), false);
	}

}
