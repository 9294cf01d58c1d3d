package dev.nightshift.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import dev.nightshift.ops.Launcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

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
		return ForegroundRun.run(this.root, launcher.prepare(this.job, Arguments.parse(this.arguments), this.newRun),
				this.json);
	}

}
