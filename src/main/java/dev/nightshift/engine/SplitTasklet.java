package dev.nightshift.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Lists the inputs, cuts them into splits of about {@code split-size} bytes (evened out
 * to a multiple of the threads, see {@link SplitPlan#evenSplitSize}; or whole files, once
 * per shard), fixes the number of reduce partitions ({@code partitions} parameter, 0 =
 * one per thread) and writes the {@link SplitPlan} to the work area. Reads every
 * {@link SideInput} once, so a bad one fails here naming its file, and keeps a copy
 * beside the plan for the map partitions. Reads count input files, writes count map
 * partitions.
 */
final class SplitTasklet implements Tasklet {

	private final MapReduceJob<?, ?, ?, ?> job;

	private final EngineSettings settings;

	SplitTasklet(MapReduceJob<?, ?, ?, ?> job, EngineSettings settings) {
		this.job = job;
		this.settings = settings;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		StepExecution stepExecution = chunkContext.getStepContext().getStepExecution();
		Parameters parameters = PartitionTasklet.parameters(stepExecution);
		String input = parameters.string("input");
		List<Path> files = InputFiles.resolve(input);
		if (files.isEmpty()) {
			throw new IllegalArgumentException("input '" + input + "' matches no files");
		}
		WorkArea area = WorkArea.of(stepExecution.getJobExecution());
		for (SideInput<?> side : this.job.sideInputs()) {
			keep(side, side.source().apply(parameters), area.sideInput(side.name()));
		}
		long partitions = parameters.number("partitions", 0);
		int reducePartitions = (partitions > 0) ? (int) partitions : this.settings.effectiveThreads();
		int shards = this.job.mapShards().applyAsInt(parameters);
		long total = 0;
		for (Path file : files) {
			total += Files.size(file);
		}
		long splitSize = SplitPlan.evenSplitSize(total, this.settings.splitSize().toBytes(),
				this.settings.effectiveThreads());
		SplitPlan plan = SplitPlan.cut(files, this.job.input(), splitSize,
				(shards > 0) ? shards : this.settings.effectiveThreads(), reducePartitions);
		plan.write(area.plan());
		stepExecution.getExecutionContext().putString("plan", area.plan().toString());
		PartitionTasklet.addReads(contribution, files.size());
		contribution.incrementWriteCount(plan.splits().size());
		return RepeatStatus.FINISHED;
	}

	/**
	 * Reads the side input where it is (to fail early), then copies it into the work
	 * area.
	 */
	private static void keep(SideInput<?> side, Path source, Path folder) throws IOException {
		if (!Files.isRegularFile(source)) {
			throw new IllegalArgumentException("side input '" + side.name() + "': " + source + " is not a file");
		}
		side.reader().read(source);
		Path temp = folder.resolveSibling(folder.getFileName() + ".tmp");
		WorkArea.deleteRecursively(temp);
		Files.createDirectories(temp);
		Files.copy(source, temp.resolve(source.getFileName()));
		WorkArea.publish(temp, folder);
	}

	/** The file a {@link #keep} copied, read by the reader of its side input. */
	static Object read(SideInput<?> side, Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			Path file = files.findFirst()
				.orElseThrow(() -> new IOException("side input '" + side.name() + "' is missing from " + folder));
			return side.reader().read(file);
		}
	}

}
