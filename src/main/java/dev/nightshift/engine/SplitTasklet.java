package dev.nightshift.engine;

import java.nio.file.Path;
import java.util.List;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Lists the inputs, cuts them into splits of about {@code split-size} bytes and fixes the
 * number of reduce partitions ({@code partitions} parameter, 0 = one per thread), writing
 * the {@link SplitPlan} to the work area. Reads count input files, writes count splits.
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
		long partitions = parameters.number("partitions", 0);
		int reducePartitions = (partitions > 0) ? (int) partitions : this.settings.effectiveThreads();
		SplitPlan plan = SplitPlan.cut(files, this.job.input(), this.settings.splitSize().toBytes(), reducePartitions);
		WorkArea area = WorkArea.of(stepExecution.getJobExecution());
		plan.write(area.plan());
		stepExecution.getExecutionContext().putString("plan", area.plan().toString());
		PartitionTasklet.addReads(contribution, files.size());
		contribution.incrementWriteCount(plan.splits().size());
		return RepeatStatus.FINISHED;
	}

}
