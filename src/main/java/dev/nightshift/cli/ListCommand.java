package dev.nightshift.cli;

import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.Callable;

import dev.nightshift.ops.ExecutionQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameter;

@Command(name = "list", description = "List executions, newest first.")
class ListCommand implements Callable<Integer> {

	@ParentCommand
	NightshiftCommand root;

	@Parameters(index = "0", arity = "0..1", paramLabel = "JOB")
	String job;

	@Option(names = "--limit", defaultValue = "20", description = "at most this many (default ${DEFAULT-VALUE})")
	int limit;

	@Option(names = "--json", description = "print JSON")
	boolean json;

	@Override
	public Integer call() {
		ExecutionQueries queries = this.root.bean(ExecutionQueries.class);
		List<JobExecution> executions = queries.list(this.job, this.limit);
		if (this.json) {
			Json.print(executions.stream().map(queries::report).toList());
			return 0;
		}
		System.out.printf("%6s  %-12s %8s  %-10s %-19s %9s  %s%n", "id", "job", "instance", "status", "started", "took",
				"identifying parameters");
		for (JobExecution execution : executions) {
			StringJoiner parameters = new StringJoiner(" ");
			execution.getJobParameters()
				.getIdentifyingParameters()
				.stream()
				.sorted(Comparator.comparing(JobParameter::name))
				.forEach(parameter -> parameters.add(parameter.name() + "=" + parameter.value()));
			System.out.printf("%6d  %-12s %8d  %-10s %-19s %9s  %s%n", execution.getId(),
					execution.getJobInstance().getJobName(), execution.getJobInstance().getInstanceId(),
					execution.getStatus(), Reports.time(execution.getStartTime()),
					Reports.seconds(ExecutionQueries.duration(execution.getStartTime(), execution.getEndTime())),
					parameters);
		}
		return 0;
	}

}
