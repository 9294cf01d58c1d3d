package dev.nightshift.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import dev.nightshift.ops.ExecutionQueries;
import dev.nightshift.ops.ExecutionReport;
import dev.nightshift.ops.ExitCodes;
import dev.nightshift.ops.Launch;
import dev.nightshift.ops.Launcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import org.springframework.batch.core.job.JobExecution;

@Command(name = "launch", description = "Run a job in the foreground with name=value parameters.")
class LaunchCommand implements Callable<Integer> {

	@ParentCommand
	NightshiftCommand root;

	@Parameters(index = "0", paramLabel = "JOB", description = "a job name from `nightshift jobs`")
	String job;

	@Parameters(index = "1..*", paramLabel = "NAME=VALUE", description = "job parameters")
	List<String> arguments = new ArrayList<>();

	@Option(names = "--new-run", description = "run a completed instance again (adds an incrementing run.id)")
	boolean newRun;

	@Option(names = "--json", description = "print one JSON document instead of progress and a summary")
	boolean json;

	@Override
	public Integer call() {
		Launcher launcher = this.root.bean(Launcher.class);
		ExecutionQueries queries = this.root.bean(ExecutionQueries.class);
		Launch launch = launcher.prepare(this.job, Arguments.parse(this.arguments), this.newRun);
		if (launch.isRestart() && !this.json) {
			JobExecution previous = launch.restarting();
			System.out.printf("continuing %s from execution %d (%s): completed steps and partitions are skipped%n",
					this.job, previous.getId(), previous.getStatus());
		}
		JobExecution execution;
		try (ProgressDisplay progress = this.json ? ProgressDisplay.none()
				: ProgressDisplay.start(() -> queries.progress(this.job, launch.parameters(), launch.restarting()))) {
			execution = launcher.run(launch);
		}
		ExecutionReport report = queries.report(queries.find(execution.getId()).orElse(execution));
		if (this.json) {
			Json.print(report);
		}
		else {
			Reports.summary(report);
		}
		return ExitCodes.of(execution.getStatus());
	}

}
