package dev.nightshift.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * A tasklet shared by all partitions of a step that keeps one {@link Work} per partition
 * execution and runs it in time slices. Each slice ends in a commit, so counts reach the
 * repository while the partition runs (progress), and a stop request is seen between
 * slices. Whatever way the partition ends, its work is closed.
 */
abstract class PartitionTasklet implements Tasklet, StepExecutionListener {

	static final long SLICE_NANOS = 500_000_000L;

	/**
	 * The work of one partition; {@link #run} does one slice and says whether it
	 * finished.
	 */
	interface Work extends AutoCloseable {

		boolean run(StepContribution contribution) throws Exception;

	}

	private final Map<Long, Work> running = new ConcurrentHashMap<>();

	abstract Work open(StepExecution stepExecution) throws Exception;

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		StepExecution stepExecution = chunkContext.getStepContext().getStepExecution();
		Work work = this.running.get(stepExecution.getId());
		if (work == null) {
			work = open(stepExecution);
			this.running.put(stepExecution.getId(), work);
		}
		boolean finished;
		try {
			finished = work.run(contribution);
		}
		catch (Exception | Error ex) {
			closeQuietly(this.running.remove(stepExecution.getId()), ex);
			throw ex;
		}
		if (finished) {
			this.running.remove(stepExecution.getId()).close();
			return RepeatStatus.FINISHED;
		}
		return RepeatStatus.CONTINUABLE;
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		closeQuietly(this.running.remove(stepExecution.getId()), null);
		return null;
	}

	/** StepContribution counts reads one at a time; a slice reports them in one go. */
	static void addReads(StepContribution contribution, long records) {
		StepExecution execution = contribution.getStepExecution();
		execution.setReadCount(execution.getReadCount() + records);
	}

	static Parameters parameters(StepExecution stepExecution) {
		return Parameters.of(stepExecution.getJobExecution().getJobParameters());
	}

	private static void closeQuietly(Work work, Throwable primary) {
		if (work == null) {
			return;
		}
		try {
			work.close();
		}
		catch (Exception ex) {
			if (primary != null) {
				primary.addSuppressed(ex);
			}
		}
	}

}
