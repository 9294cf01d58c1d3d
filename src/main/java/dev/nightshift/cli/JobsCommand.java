package dev.nightshift.cli;

import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import dev.nightshift.definition.JobDefinition;
import dev.nightshift.definition.JobDefinitions;
import dev.nightshift.definition.ParameterSpec;
import dev.nightshift.definition.PipelineStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "jobs", description = "List job definitions with their parameters.")
class JobsCommand implements Callable<Integer> {

	@ParentCommand
	NightshiftCommand root;

	@Override
	public Integer call() {
		for (JobDefinition definition : this.root.bean(JobDefinitions.class).all()) {
			System.out.printf("%s (%s)%s%n", definition.name(), definition.kind().name().toLowerCase(),
					(definition.schedule() != null) ? "  schedule: " + definition.schedule() : "");
			if (definition.description() != null) {
				System.out.println("  " + definition.description());
			}
			if (!definition.stages().isEmpty()) {
				System.out.println("  runs "
						+ definition.stages().stream().map(PipelineStage::job).collect(Collectors.joining(" → ")));
			}
			for (ParameterSpec spec : definition.parameters().values()) {
				System.out.printf("    %-12s %-8s %-24s %s%s%n", spec.name(), spec.type().yamlName(),
						describeDefault(spec), help(spec), spec.identifying() ? "" : " (not identifying)");
			}
		}
		return 0;
	}

	private static String help(ParameterSpec spec) {
		String help = (spec.help() != null) ? spec.help() : "";
		return spec.values().isEmpty() ? help : help + " [" + String.join(" | ", spec.values()) + "]";
	}

	private static String describeDefault(ParameterSpec spec) {
		return (spec.defaultValue() != null) ? "default " + spec.defaultValue() : spec.required() ? "required" : "";
	}

}
