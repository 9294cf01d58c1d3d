package dev.nightshift.definition;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.scheduling.support.CronExpression;

/**
 * Reads one definition file, checking every field, so a typo fails at start-up with the
 * file and the field instead of at 2 a.m. with a stack trace.
 */
final class JobDefinitionReader {

	private static final Set<String> TOP_LEVEL = Set.of("name", "kind", "description", "schedule", "catch-up",
			"parameters", "jobs");

	private static final Set<String> STAGE_FIELDS = Set.of("job", "parameters");

	private static final Set<String> PARAMETER_FIELDS = Set.of("type", "required", "default", "identifying", "exists",
			"help", "values", "min");

	private static final YAMLMapper YAML = new YAMLMapper();

	private JobDefinitionReader() {
	}

	static JobDefinition read(Path file) {
		JsonNode root;
		try {
			root = YAML.readTree(file.toFile());
		}
		catch (JacksonException ex) {
			throw new InvalidDefinitionException(file, null, "not valid YAML: " + ex.getOriginalMessage());
		}
		if (root == null || !root.isObject()) {
			throw new InvalidDefinitionException(file, null, "expected a mapping with name, kind and parameters");
		}
		checkFields(file, "", root, TOP_LEVEL);
		String name = text(file, root, "name", true);
		String expectedName = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
		if (!name.equals(expectedName)) {
			throw new InvalidDefinitionException(file, "name",
					"'%s' must match the file name '%s'".formatted(name, expectedName));
		}
		JobKind kind = enumValue(file, "kind", text(file, root, "kind", true), JobKind.class);
		String schedule = text(file, root, "schedule", false);
		if (schedule != null && !CronExpression.isValidExpression(schedule)) {
			throw new InvalidDefinitionException(file, "schedule",
					"'%s' is not a Spring cron expression (sec min hour day-of-month month day-of-week)"
						.formatted(schedule));
		}
		String catchUpText = text(file, root, "catch-up", false);
		if (catchUpText != null && schedule == null) {
			throw new InvalidDefinitionException(file, "catch-up", "only a definition with a schedule catches up");
		}
		CatchUp catchUp = (catchUpText != null) ? enumValue(file, "catch-up", catchUpText, CatchUp.class)
				: CatchUp.NONE;
		Map<String, ParameterSpec> parameters = new LinkedHashMap<>();
		JsonNode declared = root.path("parameters");
		if (!declared.isMissingNode() && !declared.isObject()) {
			throw new InvalidDefinitionException(file, "parameters", "expected a mapping of name to spec");
		}
		for (Map.Entry<String, JsonNode> entry : declared.properties()) {
			parameters.put(entry.getKey(), parameter(file, entry.getKey(), entry.getValue()));
		}
		return new JobDefinition(name, kind, text(file, root, "description", false), schedule, catchUp, parameters,
				stages(file, root, kind, parameters), file);
	}

	/** A pipeline's jobs, in order; no other kind has any. */
	private static List<PipelineStage> stages(Path file, JsonNode root, JobKind kind,
			Map<String, ParameterSpec> parameters) {
		JsonNode jobs = root.get("jobs");
		if (kind != JobKind.PIPELINE) {
			if (jobs != null) {
				throw new InvalidDefinitionException(file, "jobs", "only a pipeline has jobs");
			}
			return List.of();
		}
		if (jobs == null || !jobs.isArray() || jobs.isEmpty()) {
			throw new InvalidDefinitionException(file, "jobs",
					"a pipeline needs a list of jobs, each {job: <name>, parameters: {...}}");
		}
		List<PipelineStage> stages = new ArrayList<>();
		for (JsonNode node : jobs) {
			String field = "jobs[" + stages.size() + "]";
			if (!node.isObject()) {
				throw new InvalidDefinitionException(file, field, "expected {job: <name>, parameters: {...}}");
			}
			checkFields(file, field + ".", node, STAGE_FIELDS);
			String job = text(file, node, "job", true);
			if (stages.stream().anyMatch(stage -> stage.job().equals(job))) {
				throw new InvalidDefinitionException(file, field + ".job",
						"'%s' is in the pipeline twice".formatted(job));
			}
			Map<String, String> arguments = new LinkedHashMap<>();
			JsonNode given = node.path("parameters");
			if (!given.isMissingNode() && !given.isObject()) {
				throw new InvalidDefinitionException(file, field + ".parameters",
						"expected a mapping of name to value");
			}
			for (Map.Entry<String, JsonNode> entry : given.properties()) {
				if (!entry.getValue().isValueNode()) {
					throw new InvalidDefinitionException(file, field + ".parameters." + entry.getKey(),
							"expected a single value");
				}
				arguments.put(entry.getKey(), entry.getValue().asString());
			}
			PipelineStage stage = new PipelineStage(job, arguments);
			for (String placeholder : stage.placeholders()) {
				if (!parameters.containsKey(placeholder)) {
					throw new InvalidDefinitionException(file, field + ".parameters",
							"'${%s}' is not a parameter of this pipeline".formatted(placeholder));
				}
			}
			stages.add(stage);
		}
		return stages;
	}

	private static ParameterSpec parameter(Path file, String name, JsonNode node) {
		String field = "parameters." + name;
		if (JobDefinition.isReserved(name)) {
			throw new InvalidDefinitionException(file, field, "'" + name + "' is reserved by Nightshift");
		}
		if (!node.isObject()) {
			throw new InvalidDefinitionException(file, field, "expected a mapping with at least 'type'");
		}
		checkFields(file, field + ".", node, PARAMETER_FIELDS);
		ParameterType type = enumValue(file, field + ".type", text(file, node, "type", true), ParameterType.class);
		String defaultValue = node.hasNonNull("default") ? node.get("default").asString() : null;
		if (defaultValue != null) {
			try {
				type.parse(defaultValue);
			}
			catch (RuntimeException ex) {
				throw new InvalidDefinitionException(file, field + ".default",
						"'%s' is not %s".formatted(defaultValue, type.expected()));
			}
		}
		boolean exists = bool(file, node, field, "exists", false);
		if (exists && type != ParameterType.PATH) {
			throw new InvalidDefinitionException(file, field + ".exists",
					"only a path parameter can be required to exist");
		}
		List<String> values = values(file, node, field);
		Long min = min(file, node, field, type);
		ParameterSpec spec = new ParameterSpec(name, type, bool(file, node, field, "required", false), defaultValue,
				bool(file, node, field, "identifying", true), exists, text(file, node, "help", false), values, min);
		String refusal = (defaultValue != null) ? spec.refusal(type.parse(defaultValue)) : null;
		if (refusal != null) {
			throw new InvalidDefinitionException(file, field + ".default",
					"'%s' is not %s".formatted(defaultValue, refusal));
		}
		return spec;
	}

	private static List<String> values(Path file, JsonNode node, String field) {
		JsonNode values = node.get("values");
		if (values == null || values.isNull()) {
			return List.of();
		}
		if (!values.isArray() || values.isEmpty()) {
			throw new InvalidDefinitionException(file, field + ".values", "expected a list of the allowed values");
		}
		List<String> allowed = new ArrayList<>();
		for (JsonNode value : values) {
			if (!value.isValueNode()) {
				throw new InvalidDefinitionException(file, field + ".values", "expected single values, found " + value);
			}
			allowed.add(value.asString());
		}
		return allowed;
	}

	private static Long min(Path file, JsonNode node, String field, ParameterType type) {
		JsonNode min = node.get("min");
		if (min == null || min.isNull()) {
			return null;
		}
		if (type != ParameterType.INT || !min.isIntegralNumber()) {
			throw new InvalidDefinitionException(file, field + ".min", "only an int parameter has a whole-number min");
		}
		return min.longValue();
	}

	private static void checkFields(Path file, String prefix, JsonNode node, Set<String> allowed) {
		for (String field : node.propertyNames()) {
			if (!allowed.contains(field)) {
				throw new InvalidDefinitionException(file, prefix + field, "unknown field (expected one of "
						+ String.join(", ", allowed.stream().sorted().toList()) + ")");
			}
		}
	}

	private static String text(Path file, JsonNode node, String field, boolean required) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			if (required) {
				throw new InvalidDefinitionException(file, field, "is required");
			}
			return null;
		}
		if (!value.isValueNode()) {
			throw new InvalidDefinitionException(file, field, "expected a single value");
		}
		return value.asString();
	}

	private static boolean bool(Path file, JsonNode node, String prefix, String field, boolean fallback) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return fallback;
		}
		if (!value.isBoolean()) {
			throw new InvalidDefinitionException(file, prefix + "." + field, "expected true or false, was " + value);
		}
		return value.booleanValue();
	}

	private static <E extends Enum<E>> E enumValue(Path file, String field, String text, Class<E> type) {
		try {
			return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidDefinitionException(file, field, "'%s' is not one of %s".formatted(text,
					Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList()));
		}
	}

}
