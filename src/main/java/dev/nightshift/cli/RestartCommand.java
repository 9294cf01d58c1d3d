package dev.nightshift.cli;

import java.util.concurrent.Callable;

import dev.nightshift.ops.ExecutionControl;
import dev.nightshift.ops.Launch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "restart",
		description = "Continue a FAILED or STOPPED execution, or a job's latest one: completed steps and partitions are skipped.")
class RestartCommand implements Callable<Integer> {

	@ParentCommand
	NightshiftCommand root;

	@Parameters(index = "0", paramLabel = "EXECUTION_ID|JOB")
	String target;

	@Option(names = "--json", description = "print one JSON document instead of progress and a summary")
	boolean json;

	@Override
	public Integer call() {
		Launch launch = this.root.bean(ExecutionControl.class).prepareRestart(this.target);
		return ForegroundRun.run(this.root, launch, this.json);
	}

}
