package dev.nightshift.cli;

import dev.nightshift.ops.ExecutionControl;
import dev.nightshift.ops.ExecutionQueries;
import dev.nightshift.ops.ExecutionReport;
import dev.nightshift.ops.ExitCodes;
import dev.nightshift.ops.Launch;
import dev.nightshift.ops.Launcher;
import dev.nightshift.ops.Started;

import org.springframework.batch.core.job.JobExecution;

/**
 * Runs a launch or restart in this process: progress while it runs, a graceful stop on
 * SIGTERM or Ctrl-C, then a summary or JSON.
 */
final class ForegroundRun {

	private ForegroundRun() {
	}

	static int run(NightshiftCommand root, Launch launch, boolean json) {
		Launcher launcher = root.bean(Launcher.class);
		ExecutionQueries queries = root.bean(ExecutionQueries.class);
		ExecutionControl control = root.bean(ExecutionControl.class);
		Started started = launcher.start(launch);
		long id = started.execution().getId();
		if (!json) {
			Reports.recovered(started.recovered());
		}
		if (started.isRestart() && !json) {
			JobExecution previous = started.previous();
			System.out.printf("continuing %s from execution %d (%s): completed steps and partitions are skipped%n",
					launch.jobName(), previous.getId(), previous.getStatus());
		}
		JobExecution execution;
		try (StopOnSignal signals = StopOnSignal.install(id, control::stop);
				ProgressDisplay progress = json ? ProgressDisplay.none()
						: ProgressDisplay.start(() -> queries.progress(id))) {
			execution = launcher.execute(started);
		}
		ExecutionReport report = queries.report(queries.find(id).orElse(execution));
		if (json) {
			Json.print(report);
		}
		else {
			Reports.summary(report);
		}
		return ExitCodes.of(execution.getStatus());
	}

}
