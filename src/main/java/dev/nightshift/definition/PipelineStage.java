package dev.nightshift.definition;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One job of a pipeline and the parameters it gets: text in which {@code ${name}} stands
 * for the value of the pipeline's parameter {@code name}, so that {@code output:
 * "${output}/stores"} follows wherever the pipeline writes.
 */
public record PipelineStage(String job, Map<String, String> parameters) {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");

	public PipelineStage {
		parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
	}

	/** The child's arguments, each placeholder replaced by the pipeline's value. */
	public Map<String, String> arguments(Map<String, String> pipelineValues) {
		Map<String, String> arguments = new LinkedHashMap<>();
		this.parameters.forEach((name, template) -> {
			Matcher matcher = PLACEHOLDER.matcher(template);
			StringBuilder value = new StringBuilder();
			while (matcher.find()) {
				String replacement = pipelineValues.get(matcher.group(1));
				if (replacement == null) {
					throw new InvalidParameterException(name, "'%s' of job %s names '%s', which the pipeline has not"
						.formatted(template, this.job, matcher.group(1)));
				}
				matcher.appendReplacement(value, Matcher.quoteReplacement(replacement));
			}
			arguments.put(name, matcher.appendTail(value).toString());
		});
		return arguments;
	}

	/** The pipeline parameters its templates name. */
	Iterable<String> placeholders() {
		return this.parameters.values()
			.stream()
			.flatMap(template -> PLACEHOLDER.matcher(template).results().map(result -> result.group(1)))
			.toList();
	}

}
