package dev.nightshift.definition;

import java.util.List;

/**
 * One declared parameter.
 *
 * @param defaultValue the default as written in the definition (parsed at launch), or
 * null
 * @param identifying whether it is part of the job instance's identity (Spring Batch
 * semantics)
 * @param exists for paths: the file, folder or glob must name something at launch
 * @param values the only values allowed, in the order help lists them; empty for any
 * @param min for whole numbers: the smallest allowed, or null
 */
public record ParameterSpec(String name, ParameterType type, boolean required, String defaultValue, boolean identifying,
		boolean exists, String help, List<String> values, Long min) {

	public ParameterSpec {
		values = List.copyOf(values);
	}

	/**
	 * Why {@code value} (already of the declared type) is not allowed, in the words of
	 * "expected ..."; null when it is.
	 */
	String refusal(Object value) {
		if (!this.values.isEmpty() && !this.values.contains(value.toString())) {
			return "one of " + String.join(", ", this.values);
		}
		if (this.min != null && value instanceof Long number && number < this.min) {
			return "a whole number of at least " + this.min;
		}
		return null;
	}

}
