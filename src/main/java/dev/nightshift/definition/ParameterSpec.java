package dev.nightshift.definition;

/**
 * One declared parameter.
 *
 * @param defaultValue the default as written in the definition (parsed at launch), or
 * null
 * @param identifying whether it is part of the job instance's identity (Spring Batch
 * semantics)
 * @param exists for paths: the file, folder or glob must name something at launch
 */
public record ParameterSpec(String name, ParameterType type, boolean required, String defaultValue, boolean identifying,
		boolean exists, String help) {
}
