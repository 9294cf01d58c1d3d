package dev.nightshift.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One map partition: reads its split, maps every record into a
 * {@link MapOutputCollector}, and publishes {@code map/partition-NNNN/part-RRRR.run} (and
 * the records its reader rejected) with a single rename when done, so a re-run after a
 * crash starts clean and overwrites nothing half-written. Reads count records including
 * rejected ones, read skips the rejected ones.
 */
final class MapTasklet<I, K, V> extends PartitionTasklet {

	static final String FILE = "split.file";

	static final String START = "split.start";

	static final String LENGTH = "split.length";

	static final String FIRST_LINE = "split.line";

	static final String SHARD = "shard";

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
		Split split = new Split(Path.of(context.getString(FILE)), context.getLong(START), context.getLong(LENGTH),
				context.getLong(FIRST_LINE));
		WorkArea area = WorkArea.of(stepExecution.getJobExecution());
		SplitPlan plan = SplitPlan.read(area.plan());
		int shard = context.getInt(SHARD);
		String name = context.getString(PARTITION);
		Path output = area.mapOutput(name);
		Path temp = area.freshScratch("map-" + name);
		Parameters parameters = parameters(stepExecution);
		Map<String, Object> sideInputs = new LinkedHashMap<>();
		for (SideInput<?> side : this.job.sideInputs()) {
			sideInputs.put(side.name(), SplitTasklet.read(side, area.sideInput(side.name())));
		}
		Mapper<I, K, V> mapper = this.job.mapper()
			.apply(new MapContext(parameters, split, shard, plan.shards(), sideInputs));
		MapOutputCollector<K, V> collector = new MapOutputCollector<>(this.job, plan.reducePartitions(),
				temp.resolve("spills"), this.settings);
		MapRejects rejects = new MapRejects(split.file(), temp.resolve(MapRejects.FILE_NAME),
				parameters.number("skip-limit", 0), shard == 0);
		RecordReader<I> reader = this.job.input().open(split, rejects);
		return new Work() {

			@Override
			public boolean run(StepContribution contribution) throws Exception {
				long emittedBefore = collector.emitted();
				long rejectedBefore = rejects.count();
				long reportedBefore = rejects.reported();
				long deadline = System.nanoTime() + SLICE_NANOS;
				boolean more;
				int records = 0;
				while ((more = reader.next())) {
					mapper.map(reader.current(), collector);
					if ((++records & 1023) == 0 && System.nanoTime() > deadline) {
						break;
					}
				}
				if (!more) {
					mapper.finish(collector);
				}
				addReads(contribution, records + rejects.count() - rejectedBefore);
				contribution.incrementReadSkipCount(rejects.reported() - reportedBefore);
				contribution.incrementWriteCount(collector.emitted() - emittedBefore);
				context.putLong(BYTES_READ, reader.bytesRead());
				if (more) {
					return false;
				}
				Path done = temp.resolve("output");
				Files.createDirectories(done);
				collector.finish(done);
				rejects.finish(done);
				WorkArea.publish(done, output);
				context.putInt("spills", collector.spills());
				return true;
			}

			@Override
			public void close() throws Exception {
				try (rejects) {
					reader.close();
				}
				finally {
					WorkArea.deleteRecursively(temp);
				}
			}

		};
	}

}
