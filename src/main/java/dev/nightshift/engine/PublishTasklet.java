package dev.nightshift.engine;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Merges the sorted reduce outputs into the job's output file under a temporary name and
 * renames it into place, then writes the {@code _SUCCESS} manifest (execution,
 * parameters, counts, checksum, rejected records per input file). A reader never sees a
 * half-written output, and {@code _SUCCESS} exists only beside a complete one. The
 * records the map partitions rejected go to {@code _rejects/} first: too many in a file
 * fail the job here, before the output is replaced.
 */
final class PublishTasklet implements Tasklet {

	static final String SUCCESS = "_SUCCESS";

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final MapReduceJob<?, ?, ?, ?> job;

	private final JobRepository repository;

	private final EngineSettings settings;

	PublishTasklet(MapReduceJob<?, ?, ?, ?> job, JobRepository repository, EngineSettings settings) {
		this.job = job;
		this.repository = repository;
		this.settings = settings;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		StepExecution stepExecution = chunkContext.getStepContext().getStepExecution();
		JobExecution execution = stepExecution.getJobExecution();
		WorkArea area = WorkArea.of(execution);
		SplitPlan plan = SplitPlan.read(area.plan());
		List<Path> inputs = new ArrayList<>();
		for (int partition = 0; partition < plan.reducePartitions(); partition++) {
			inputs.add(area.reduceOutput(partition));
		}
		Parameters parameters = PartitionTasklet.parameters(stepExecution);
		Path outputDir = parameters.path("output").toAbsolutePath();
		Files.createDirectories(outputDir);
		Path success = outputDir.resolve(SUCCESS);
		Files.deleteIfExists(success);
		Map<Path, Long> rejected = PublishedRejects.publish(area, plan, outputDir, parameters.number("skip-limit", 0));
		String fileName = this.job.output().fileName();
		Path temp = outputDir.resolve("." + fileName + "." + execution.getId() + ".tmp");
		CRC32C checksum = new CRC32C();
		long[] records = new long[1];
		try (OutputStream out = new BufferedOutputStream(new CheckedOutputStream(Files.newOutputStream(temp), checksum),
				this.settings.ioBufferBytes())) {
			RunMerger merger = new RunMerger(this.settings.mergeFanIn(), this.settings.ioBufferBytes(), null);
			merger.merge(inputs, (key, keyOffset, keyLength, value, valueOffset, valueLength) -> {
				out.write(value, valueOffset, valueLength);
				records[0]++;
			}, area.freshScratch("publish"));
		}
		Path output = outputDir.resolve(fileName);
		WorkArea.publish(temp, output);
		writeManifest(stepExecution, output, records[0], checksum.getValue(), rejected, success);
		PartitionTasklet.addReads(contribution, records[0]);
		contribution.incrementWriteCount(records[0]);
		stepExecution.getExecutionContext().putString(MapReduceJobFactory.OUTPUT_FILE_KEY, output.toString());
		return RepeatStatus.FINISHED;
	}

	/**
	 * Counts of the steps before this one, over the whole instance (this step's are the
	 * output's).
	 */
	private void writeManifest(StepExecution publish, Path output, long records, long crc32c, Map<Path, Long> rejected,
			Path success) throws Exception {
		JobExecution execution = publish.getJobExecution();
		Map<String, Object> parameters = Parameters.byName(execution.getJobParameters());
		List<JobExecution> executions = this.repository.getJobExecutions(execution.getJobInstance());
		Map<String, Object> steps = new LinkedHashMap<>();
		StepTotals.of(executions)
			.forEach((step, totals) -> steps.put(step, Map.of("partitions", totals.partitions(), "read", totals.read(),
					"written", totals.written(), "skipped", totals.skipped())));
		Map<String, Object> manifest = new LinkedHashMap<>();
		manifest.put("job", execution.getJobInstance().getJobName());
		manifest.put("instanceId", execution.getJobInstance().getInstanceId());
		manifest.put("executionId", execution.getId());
		manifest.put("publishedAt", Instant.now().toString());
		manifest.put("parameters", parameters);
		manifest.put("outputs", List.of(Map.of("file", output.getFileName().toString(), "records", records, "bytes",
				Files.size(output), "crc32c", String.format("%08x", crc32c))));
		manifest.put("steps", steps);
		if (!rejected.isEmpty()) {
			Map<String, Long> rejects = new TreeMap<>();
			rejected.forEach((file, count) -> rejects.put(file.toString(), count));
			manifest.put("rejected", rejects);
		}
		Path temp = success.resolveSibling("." + SUCCESS + ".tmp");
		Files.writeString(temp, JSON.writeValueAsString(manifest) + "\n");
		WorkArea.publish(temp, success);
	}

}
