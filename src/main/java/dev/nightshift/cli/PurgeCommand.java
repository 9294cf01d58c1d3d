package dev.nightshift.cli;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.nightshift.definition.InvalidParameterException;
import dev.nightshift.ops.PurgeOldExecutionsTask;
import dev.nightshift.ops.PurgeOldExecutionsTask.Purged;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "purge",
		description = "Delete instances that completed or were abandoned before the given age, with their executions and work areas. FAILED and STOPPED instances are kept: they may be restarted.")
class PurgeCommand implements Callable<Integer> {

	private static final Pattern AGE = Pattern.compile("(\\d+)([dhms])");

	@ParentCommand
	NightshiftCommand root;

	@Option(names = "--older-than", required = true, paramLabel = "AGE", description = "for example 30d, 12h, 90m")
	String olderThan;

	@Option(names = "--dry-run", description = "list what would be deleted, delete nothing")
	boolean dryRun;

	@Override
	public Integer call() {
		Duration age = parseAge(this.olderThan);
		List<Purged> purged = this.root.bean(PurgeOldExecutionsTask.class).run(age, this.dryRun);
		String verb = this.dryRun ? "would delete" : "deleted";
		for (Purged instance : purged) {
			System.out.printf("%s %s instance %d: %d execution(s), the latest %d %s at %s%n", verb,
					instance.instance().getJobName(), instance.instance().getInstanceId(), instance.executions(),
					instance.latest().getId(), instance.latest().getStatus(),
					Reports.time(instance.latest().getEndTime()));
		}
		System.out.printf("%s %d instance(s) that ended more than %s ago%n", verb, purged.size(), this.olderThan);
		return 0;
	}

	static Duration parseAge(String text) {
		Matcher matcher = AGE.matcher(text.strip().toLowerCase(Locale.ROOT));
		if (!matcher.matches()) {
			throw new InvalidParameterException("--older-than", text, "an age such as 30d, 12h, 90m or 45s");
		}
		long amount = Long.parseLong(matcher.group(1));
		return switch (matcher.group(2)) {
			case "d" -> Duration.ofDays(amount);
			case "h" -> Duration.ofHours(amount);
			case "m" -> Duration.ofMinutes(amount);
			default -> Duration.ofSeconds(amount);
		};
	}

}
