package dev.nightshift.cli;

import java.util.concurrent.Callable;

import dev.nightshift.ops.ExecutionQueries;
import dev.nightshift.ops.ExecutionReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import org.springframework.batch.core.job.JobExecution;

@Command(name = "status", description = "Show an execution (the latest if no id): steps, partitions, counts, errors.")
class StatusCommand implements Callable<Integer> {

	@ParentCommand
	NightshiftCommand root;

	@Parameters(index = "0", arity = "0..1", paramLabel = "EXECUTION_ID")
	Long executionId;

	@Option(names = "--json", description = "print JSON")
	boolean json;

	@Override
	public Integer call() {
		ExecutionQueries queries = this.root.bean(ExecutionQueries.class);
		JobExecution execution = (this.executionId != null) ? queries.require(this.executionId)
				: queries.latest().orElse(null);
		if (execution == null) {
			System.out.println("no executions yet: try ./nightshift launch wordcount");
			return 0;
		}
		ExecutionReport report = queries.report(execution);
		if (this.json) {
			Json.print(report);
		}
		else {
			Reports.detail(report);
		}
		return 0;
	}

}
