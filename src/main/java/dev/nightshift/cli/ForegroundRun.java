package dev.nightshift.cli;

import dev.nightshift.ops.ExecutionQueries;
import dev.nightshift.ops.ExecutionReport;
import dev.nightshift.ops.ExitCodes;
import dev.nightshift.ops.Launch;
import dev.nightshift.ops.Launcher;

import org.springframework.batch.core.job.JobExecution;

/**
 * Runs a prepared launch or restart in this process: progress while it runs, then a
 * summary or JSON.
 */
final class ForegroundRun {

	private ForegroundRun() {
	}

	static int run(NightshiftCommand root, Launch launch, boolean json) {
		Launcher launcher = root.bean(Launcher.class);
		ExecutionQueries queries = root.bean(ExecutionQueries.class);
		String job = launch.definition().name();
		if (launch.isRestart() && !json) {
			JobExecution previous = launch.restarting();
			System.out.printf("continuing %s from execution %d (%s): completed steps and partitions are skipped%n", job,
					previous.getId(), previous.getStatus());
		}
		JobExecution execution;
		try (ProgressDisplay progress = json ? ProgressDisplay.none()
				: ProgressDisplay.start(() -> queries.progress(job, launch.parameters(), launch.restarting()))) {
			execution = launcher.run(launch);
		}
		ExecutionReport report = queries.report(queries.find(execution.getId()).orElse(execution));
		if (json) {
			Json.print(report);
		}
		else {
			Reports.summary(report);
		}
		return ExitCodes.of(execution.getStatus());
	}

}
