package dev.nightshift.engine;

import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One map partition: reads its split, maps every record into a
 * {@link MapOutputCollector}, and publishes {@code map/partition-NNNN/part-RRRR.run} with
 * a single rename when done, so a re-run after a crash starts clean and overwrites
 * nothing half-written.
 */
final class MapTasklet<I, K, V> extends PartitionTasklet {

	static final String FILE = "split.file";

	static final String START = "split.start";

	static final String LENGTH = "split.length";

	static final String PARTITION = "partition";

	static final String BYTES_READ = "bytes.read";

	private final MapReduceJob<I, K, V, ?> job;

	private final EngineSettings settings;

	MapTasklet(MapReduceJob<I, K, V, ?> job, EngineSettings settings) {
		this.job = job;
		this.settings = settings;
	}

	@Override
	Work open(StepExecution stepExecution) throws Exception {
		ExecutionContext context = stepExecution.getExecutionContext();
		Split split = new Split(Path.of(context.getString(FILE)), context.getLong(START), context.getLong(LENGTH));
		WorkArea area = WorkArea.of(stepExecution.getJobExecution());
		int reducePartitions = SplitPlan.read(area.plan()).reducePartitions();
		String name = context.getString(PARTITION);
		Path output = area.mapOutput(name);
		Path temp = area.freshScratch("map-" + name);
		Mapper<I, K, V> mapper = this.job.mapper().apply(parameters(stepExecution));
		MapOutputCollector<K, V> collector = new MapOutputCollector<>(this.job, reducePartitions,
				temp.resolve("spills"), this.settings);
		RecordReader<I> reader = this.job.input().open(split);
		return new Work() {

			@Override
			public boolean run(StepContribution contribution) throws Exception {
				long emittedBefore = collector.emitted();
				long deadline = System.nanoTime() + SLICE_NANOS;
				boolean more;
				int records = 0;
				while ((more = reader.next())) {
					mapper.map(reader.current(), collector);
					if ((++records & 1023) == 0 && System.nanoTime() > deadline) {
						break;
					}
				}
				addReads(contribution, records);
				contribution.incrementWriteCount(collector.emitted() - emittedBefore);
				context.putLong(BYTES_READ, reader.bytesRead());
				if (more) {
					return false;
				}
				Path done = temp.resolve("output");
				Files.createDirectories(done);
				collector.finish(done);
				WorkArea.publish(done, output);
				context.putInt("spills", collector.spills());
				return true;
			}

			@Override
			public void close() throws Exception {
				reader.close();
				WorkArea.deleteRecursively(temp);
			}

		};
	}

}
