package dev.nightshift.cli;

import java.util.concurrent.Callable;

import dev.nightshift.ops.ExecutionControl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import org.springframework.batch.core.job.JobExecution;

@Command(name = "abandon", description = "Mark a FAILED or STOPPED execution ABANDONED: it will never be restarted.")
class AbandonCommand implements Callable<Integer> {

	@ParentCommand
	NightshiftCommand root;

	@Parameters(index = "0", paramLabel = "EXECUTION_ID")
	long executionId;

	@Override
	public Integer call() {
		JobExecution execution = this.root.bean(ExecutionControl.class).abandon(this.executionId);
		System.out.printf("execution %d of %s is %s; launch with --new-run for a fresh instance%n", execution.getId(),
				execution.getJobInstance().getJobName(), execution.getStatus());
		return 0;
	}

}
