package dev.nightshift.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;

/**
 * One reduce partition: streams the shuffled run key by key through the reducer and sorts
 * the output records by the output format's sort key (spilling if needed), leaving
 * {@code reduce/part-RRRR.run} for publish to merge.
 */
final class ReduceTasklet<K, V, O> extends PartitionTasklet {

	private final MapReduceJob<?, K, V, O> job;

	private final EngineSettings settings;

	ReduceTasklet(MapReduceJob<?, K, V, O> job, EngineSettings settings) {
		this.job = job;
		this.settings = settings;
	}

	@Override
	Work open(StepExecution stepExecution) throws Exception {
		int partition = stepExecution.getExecutionContext().getInt(ShuffleTasklet.REDUCE_PARTITION);
		WorkArea area = WorkArea.of(stepExecution.getJobExecution());
		Path scratch = area.freshScratch("reduce-" + partition);
		Reducer<K, V, O> reducer = this.job.reducer().apply(parameters(stepExecution));
		OutputFormat<O> format = this.job.output();
		SortBuffer sorted = new SortBuffer(this.settings.spillBuffer().toBytes(), null);
		SpillingSorter sorter = new SpillingSorter(sorted, 1, scratch.resolve("spills"),
				new RunMerger(this.settings.mergeFanIn(), this.settings.ioBufferBytes(), null),
				this.settings.ioBufferBytes());
		KeyGroups<K, V> groups = new KeyGroups<>(
				new RunReader(area.shuffleOutput(partition), this.settings.ioBufferBytes()), this.job.keyCodec(),
				this.job.valueCodec());
		ByteSink sortKey = new ByteSink();
		ByteSink record = new ByteSink();
		long[] written = new long[1];
		Consumer<O> out = (O output) -> {
			sortKey.reset();
			format.writeSortKey(output, sortKey);
			record.reset();
			format.writeRecord(output, record);
			try {
				if (!sorted.hasRoom(sortKey.length() + record.length())) {
					sorter.spill();
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			sorted.add(0, sortKey.array(), 0, sortKey.length(), record.array(), 0, record.length());
			written[0]++;
		};
		return new Work() {

			@Override
			public boolean run(StepContribution contribution) throws Exception {
				long readBefore = groups.recordsRead();
				long writtenBefore = written[0];
				long deadline = System.nanoTime() + SLICE_NANOS;
				boolean more;
				int keys = 0;
				while ((more = groups.nextKey())) {
					reducer.reduce(groups.key(), groups.values(), out);
					if ((++keys & 255) == 0 && System.nanoTime() > deadline) {
						break;
					}
				}
				addReads(contribution, groups.recordsRead() - readBefore);
				contribution.incrementWriteCount(written[0] - writtenBefore);
				if (more) {
					return false;
				}
				Path done = scratch.resolve("output");
				Files.createDirectories(done);
				sorter.finish(done);
				WorkArea.publish(SpillingSorter.partFile(done, 0), area.reduceOutput(partition));
				return true;
			}

			@Override
			public void close() throws Exception {
				groups.close();
				WorkArea.deleteRecursively(scratch);
			}

		};
	}

}
