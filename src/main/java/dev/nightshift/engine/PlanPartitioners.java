package dev.nightshift.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Partitioners that rebuild the same partitions from the stored {@link SplitPlan} every
 * time, including on restart (Spring Batch calls the partitioner again and matches
 * partitions by name), and ignore the grid size: the plan decides.
 */
final class PlanPartitioners {

	private PlanPartitioners() {
	}

	/** One partition per split (and shard): {@code partition-0000} ... */
	static Partitioner splits() {
		return gridSize -> {
			SplitPlan plan = currentPlan();
			List<Split> splits = plan.splits();
			Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
			for (int i = 0; i < splits.size(); i++) {
				Split split = splits.get(i);
				ExecutionContext context = new ExecutionContext();
				context.putString(MapTasklet.PARTITION, SplitPlan.partitionName(i));
				context.putString(MapTasklet.FILE, split.file().toString());
				context.putLong(MapTasklet.START, split.start());
				context.putLong(MapTasklet.LENGTH, split.length());
				context.putLong(MapTasklet.FIRST_LINE, split.firstLine());
				context.putInt(MapTasklet.SHARD, plan.shardOf(i));
				partitions.put(SplitPlan.partitionName(i), context);
			}
			return partitions;
		};
	}

	/** One partition per reduce partition of the plan. */
	static Partitioner reducePartitions() {
		return gridSize -> {
			Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
			for (int i = 0; i < currentPlan().reducePartitions(); i++) {
				ExecutionContext context = new ExecutionContext();
				context.putString(MapTasklet.PARTITION, SplitPlan.partitionName(i));
				context.putInt(ShuffleTasklet.REDUCE_PARTITION, i);
				partitions.put(SplitPlan.partitionName(i), context);
			}
			return partitions;
		};
	}

	/**
	 * The plan of the manager step being partitioned (Spring Batch registers it on this
	 * thread).
	 */
	private static SplitPlan currentPlan() {
		StepExecution manager = StepSynchronizationManager.getContext().getStepExecution();
		try {
			return SplitPlan.read(WorkArea.of(manager.getJobExecution()).plan());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
