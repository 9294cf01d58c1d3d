package dev.nightshift.jobs.ingest;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * The ingest job's parameters (see {@code jobs/ingest.yml}).
 *
 * @param input file, folder or glob of .json/.jsonl/.ndjson files, also gzipped
 * @param output folder of the stores, {@code catalog.json} and {@code _rejects/}
 * @param timeField the field holding the timestamp of each record
 * @param fields the numeric fields to store; empty for every numeric field
 * @param skipLimit rejected records allowed per file before the job fails
 */
record IngestParameters(String input, Path output, String timeField, List<String> fields, long skipLimit) {

	static IngestParameters of(JobParameters parameters) {
		String fields = parameters.getString("fields", "");
		Long skipLimit = parameters.getLong("skip-limit", 0L);
		return new IngestParameters(parameters.getString("input"),
				Path.of(parameters.getString("output")).toAbsolutePath(), parameters.getString("time", "date"),
				Arrays.stream(fields.split(",")).map(String::strip).filter(field -> !field.isEmpty()).toList(),
				(skipLimit != null) ? skipLimit : 0);
	}

	Path rejectsFolder() {
		return this.output.resolve("_rejects");
	}

}
