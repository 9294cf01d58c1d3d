package dev.nightshift.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;

/**
 * One shuffle partition: merges that reduce partition's run from every map partition of
 * the plan into one sorted run, combining equal keys. Inputs are found by partition name
 * in the work area, so after a restart the outputs of map partitions that completed in an
 * earlier execution count.
 */
final class ShuffleTasklet extends PartitionTasklet {

	static final String REDUCE_PARTITION = "reduce.partition";

	private final MapReduceJob<?, ?, ?, ?> job;

	private final EngineSettings settings;

	ShuffleTasklet(MapReduceJob<?, ?, ?, ?> job, EngineSettings settings) {
		this.job = job;
		this.settings = settings;
	}

	@Override
	Work open(StepExecution stepExecution) throws Exception {
		int partition = stepExecution.getExecutionContext().getInt(REDUCE_PARTITION);
		WorkArea area = WorkArea.of(stepExecution.getJobExecution());
		List<Path> inputs = mapOutputs(area, partition);
		Path scratch = area.freshScratch("shuffle-" + partition);
		RunMerger merger = new RunMerger(this.settings.mergeFanIn(), this.settings.ioBufferBytes(),
				ValueMerger.of(this.job.combiner(), this.job.valueCodec()));
		return new Work() {

			@Override
			public boolean run(StepContribution contribution) throws Exception {
				Path temp = scratch.resolve("merged.run");
				RunMerger.MergeCounts counts;
				try (RunWriter writer = new RunWriter(temp, ShuffleTasklet.this.settings.ioBufferBytes())) {
					counts = merger.merge(inputs, writer, scratch.resolve("passes"));
				}
				WorkArea.publish(temp, area.shuffleOutput(partition));
				addReads(contribution, counts.read());
				contribution.incrementWriteCount(counts.written());
				return true;
			}

			@Override
			public void close() throws Exception {
				WorkArea.deleteRecursively(scratch);
			}

		};
	}

	private static List<Path> mapOutputs(WorkArea area, int partition) throws IOException {
		SplitPlan plan = SplitPlan.read(area.plan());
		List<Path> inputs = new ArrayList<>();
		for (int split = 0; split < plan.splits().size(); split++) {
			Path run = SpillingSorter.partFile(area.mapOutput(SplitPlan.partitionName(split)), partition);
			if (!Files.isRegularFile(run)) {
				throw new IllegalStateException("map output " + run + " is missing: map partition "
						+ SplitPlan.partitionName(split) + " has not completed");
			}
			inputs.add(run);
		}
		return inputs;
	}

}
