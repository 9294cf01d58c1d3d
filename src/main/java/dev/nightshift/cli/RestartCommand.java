package dev.nightshift.cli;

import java.util.List;
import java.util.concurrent.Callable;

import dev.nightshift.ops.ExecutionControl;
import dev.nightshift.ops.Launch;
import dev.nightshift.ops.Launcher;
import dev.nightshift.ops.RecoverOrphanedExecutionsTask.Recovered;
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
		// Recovered here, not only inside prepareRestart, to say so: a crashed execution
		// is the usual target.
		List<Recovered> recovered = this.root.bean(Launcher.class).recoverOrphans();
		if (!this.json) {
			Reports.recovered(recovered);
		}
		Launch launch = this.root.bean(ExecutionControl.class).prepareRestart(this.target);
		return ForegroundRun.run(this.root, launch, this.json);
	}

}
