package dev.nightshift.schedule;

import java.time.LocalDate;

import dev.nightshift.definition.JobDefinition;

/** Starts the run of a night; {@link FireDueSchedulesTask} decides which nights. */
interface NightLauncher {

	/**
	 * Starts the job's instance of that night in the background (its defaults and
	 * {@code run.date}), or continues it if it failed.
	 * @return what happened, for the log: started, or why not (already complete or
	 * running)
	 */
	String launch(JobDefinition definition, LocalDate night);

	/** Whether the instance of that night exists: it ran, or runs. */
	boolean exists(JobDefinition definition, LocalDate night);

}
