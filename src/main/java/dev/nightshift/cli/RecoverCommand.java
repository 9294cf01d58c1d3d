package dev.nightshift.cli;

import java.util.List;
import java.util.concurrent.Callable;

import dev.nightshift.ops.Launcher;
import dev.nightshift.ops.RecoverOrphanedExecutionsTask.Recovered;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "recover",
		description = "Mark FAILED the executions left running by a process that is gone (kill -9, crash), so that they can be restarted. Launch and restart do this by themselves.")
class RecoverCommand implements Callable<Integer> {

	@ParentCommand
	NightshiftCommand root;

	@Override
	public Integer call() {
		List<Recovered> recovered = this.root.bean(Launcher.class).recoverOrphans();
		if (recovered.isEmpty()) {
			System.out.println("no orphaned executions: every running execution has a live owner");
		}
		Reports.recovered(recovered);
		return 0;
	}

}
