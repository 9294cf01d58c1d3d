package dev.nightshift.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import dev.nightshift.engine.StepTotals;
import dev.nightshift.ops.ExecutionReport;
import dev.nightshift.ops.LifecycleRules;
import dev.nightshift.ops.LifecycleRules.Action;
import dev.nightshift.ops.RecoverOrphanedExecutionsTask.Recovered;

import org.springframework.batch.core.BatchStatus;

/**
 * Text renderings of an {@link ExecutionReport}: the one-screen summary after a launch,
 * and {@code status}.
 */
final class Reports {

	private static final int TOP = 10;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private Reports() {
	}

	static void recovered(List<Recovered> recovered) {
		for (Recovered orphan : recovered) {
			System.out.printf("recovered execution %d of %s (now FAILED, restartable): %s%n",
					orphan.execution().getId(), orphan.execution().getJobInstance().getJobName(), orphan.reason());
		}
	}

	static boolean restartable(BatchStatus status) {
		return LifecycleRules.refusal(Action.RESTART, status) == null;
	}

	static String time(LocalDateTime time) {
		return (time != null) ? TIME.format(time) : "-";
	}

	static void summary(ExecutionReport report) {
		System.out.printf("%s %s in %s (execution %d, instance %d)%n", report.job(), report.status(),
				seconds(report.duration()), report.executionId(), report.instanceId());
		if (report.failure() != null) {
			System.out.println("  failure  " + report.failure());
			System.out.println("  status   ./nightshift status " + report.executionId());
		}
		if (restartable(BatchStatus.valueOf(report.status()))) {
			System.out.println("  restart  ./nightshift restart " + report.executionId()
					+ "   (completed steps and partitions are skipped)");
		}
		if (report.headline() != null) {
			System.out.println("  result   " + report.headline());
		}
		if (report.outputFile() != null) {
			System.out.println("  output   " + report.outputFile());
			if (report.outputFile().endsWith(".tsv")) {
				printTop(Path.of(report.outputFile()));
			}
		}
		if (report.children().isEmpty()) {
			System.out.println("  steps    " + totals(report.totals()));
		}
		children(report);
	}

	/** A pipeline's jobs: each one's status, execution, output and result. */
	private static void children(ExecutionReport report) {
		for (ExecutionReport child : report.children()) {
			System.out.printf("  %-12s %s in %s (execution %d)%n", child.job(), child.status(),
					seconds(child.duration()), child.executionId());
			if (child.headline() != null) {
				System.out.println("               result   " + child.headline());
			}
			if (child.outputFile() != null) {
				System.out.println("               output   " + child.outputFile());
			}
		}
	}

	static void detail(ExecutionReport report) {
		System.out.printf("execution %d  %s  %s  (instance %d, exit %s)%n", report.executionId(), report.job(),
				report.status(), report.instanceId(), report.exitCode());
		StringJoiner parameters = new StringJoiner(" ");
		report.parameters().forEach((name, value) -> parameters.add(name + "=" + value));
		System.out.println("  parameters  " + parameters);
		System.out.printf("  started     %s   ended %s   took %s%n", time(report.started()), time(report.ended()),
				seconds(report.duration()));
		if (report.failure() != null) {
			System.out.println("  failure     " + report.failure());
		}
		if (report.headline() != null) {
			System.out.println("  result      " + report.headline());
		}
		if (report.outputFile() != null) {
			System.out.println("  output      " + report.outputFile());
		}
		System.out.println("  steps of this execution:");
		System.out.printf("    %-24s %-10s %12s %12s %8s %8s %9s  %s%n", "step", "status", "read", "written", "skipped",
				"filtered", "time", "exit message");
		for (ExecutionReport.StepRow step : report.steps()) {
			String name = step.name().contains(":") ? "  " + step.name() : step.name();
			System.out.printf("    %-24s %-10s %12d %12d %8d %8d %9s  %s%n", name, step.status(), step.read(),
					step.written(), step.skipped(), step.filtered(), seconds(step.duration()),
					(step.exitMessage() != null) ? step.exitMessage() : "");
		}
		System.out.println("  instance totals: " + totals(report.totals()));
		if (!report.children().isEmpty()) {
			System.out.println("  jobs of this pipeline (./nightshift status <execution> for each):");
			children(report);
		}
	}

	private static String totals(Map<String, StepTotals> totals) {
		StringJoiner joiner = new StringJoiner(" | ");
		totals.values().forEach(step -> {
			String partitions = (step.partitions() > 0) ? " %d/%d".formatted(step.completed(), step.partitions()) : "";
			String skipped = (step.skipped() > 0) ? " (%s skipped)".formatted(compact(step.skipped())) : "";
			joiner.add("%s%s %s → %s%s".formatted(step.step(), partitions, compact(step.read()),
					compact(step.written()), skipped));
		});
		return joiner.toString();
	}

	private static void printTop(Path output) {
		try (BufferedReader reader = Files.newBufferedReader(output, StandardCharsets.UTF_8)) {
			String line;
			for (int i = 0; i < TOP && (line = reader.readLine()) != null; i++) {
				String[] fields = line.split("\t", 2);
				System.out.printf("  %s %-20s %s%n", (i == 0) ? "top" : "   ", fields[0],
						(fields.length > 1) ? fields[1] : "");
			}
		}
		catch (IOException ex) {
			System.out.println("  (cannot read " + output + ": " + ex.getMessage() + ")");
		}
	}

	static String seconds(Duration duration) {
		return (duration == null) ? "-" : "%.2f s".formatted(duration.toMillis() / 1000.0);
	}

	/** 1234567 → 1.23M. */
	static String compact(long value) {
		if (value < 10_000) {
			return Long.toString(value);
		}
		if (value < 1_000_000) {
			return "%.1fk".formatted(value / 1e3);
		}
		if (value < 1_000_000_000) {
			return "%.2fM".formatted(value / 1e6);
		}
		return "%.2fG".formatted(value / 1e9);
	}

}
