package dev.nightshift.cli;

import java.time.Duration;
import java.util.concurrent.Callable;

import dev.nightshift.ops.ExecutionControl;
import dev.nightshift.ops.ExecutionQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import org.springframework.batch.core.job.JobExecution;

@Command(name = "stop",
		description = "Stop a running execution gracefully, in this or another process: running partitions finish their current unit and it ends STOPPED, restartable.")
class StopCommand implements Callable<Integer> {

	private static final long POLL_MILLIS = 250;

	@ParentCommand
	NightshiftCommand root;

	@Parameters(index = "0", paramLabel = "EXECUTION_ID")
	long executionId;

	@Option(names = "--wait", defaultValue = "120",
			description = "seconds to wait until it has stopped, 0 to return at once (default ${DEFAULT-VALUE})")
	long waitSeconds;

	@Override
	public Integer call() throws InterruptedException {
		JobExecution execution = this.root.bean(ExecutionControl.class).stop(this.executionId);
		String job = execution.getJobInstance().getJobName();
		ExecutionQueries queries = this.root.bean(ExecutionQueries.class);
		long deadline = System.nanoTime() + Duration.ofSeconds(this.waitSeconds).toNanos();
		while (execution.isRunning() && System.nanoTime() < deadline) {
			Thread.sleep(POLL_MILLIS);
			execution = queries.require(this.executionId);
		}
		if (execution.isRunning()) {
			System.out.printf("execution %d of %s is %s; follow it with ./nightshift status %d%n", execution.getId(),
					job, execution.getStatus(), execution.getId());
			return this.waitSeconds == 0 ? 0 : 1;
		}
		System.out.printf("execution %d of %s is %s%s%n", execution.getId(), job, execution.getStatus(),
				Reports.restartable(execution.getStatus())
						? "; continue it with ./nightshift restart " + execution.getId() : "");
		return 0;
	}

}
