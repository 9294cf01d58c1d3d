package dev.nightshift.engine;

import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * A launch's parameters as plain values, handed to a job's mapper and reducer factories
 * so they never see Spring Batch types.
 */
public record Parameters(Map<String, Object> values) {

	public Parameters {
		values = Map.copyOf(values);
	}

	public static Parameters of(JobParameters parameters) {
		return new Parameters(byName(parameters));
	}

	/**
	 * Every parameter's value by name, in name order: what manifests and reports show.
	 */
	public static SortedMap<String, Object> byName(JobParameters parameters) {
		SortedMap<String, Object> values = new TreeMap<>();
		for (JobParameter<?> parameter : parameters) {
			values.put(parameter.name(), parameter.value());
		}
		return values;
	}

	public String string(String name) {
		Object value = require(name);
		return value.toString();
	}

	public boolean bool(String name, boolean fallback) {
		Object value = this.values.get(name);
		return (value == null) ? fallback : (value instanceof Boolean b) ? b : Boolean.parseBoolean(value.toString());
	}

	public long number(String name, long fallback) {
		Object value = this.values.get(name);
		return (value == null) ? fallback
				: (value instanceof Number n) ? n.longValue() : Long.parseLong(value.toString());
	}

	public Path path(String name) {
		return Path.of(string(name));
	}

	private Object require(String name) {
		Object value = this.values.get(name);
		if (value == null) {
			throw new IllegalArgumentException("missing job parameter '" + name + "'");
		}
		return value;
	}

}
