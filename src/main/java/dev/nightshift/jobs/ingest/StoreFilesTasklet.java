package dev.nightshift.jobs.ingest;

import java.nio.file.Path;

import dev.nightshift.engine.WorkArea;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * A partition of step {@code store}: one file per chunk, so that the partition's context
 * commits after each store and a restart goes on from the first file not yet stored.
 * Counts: read, written (rows stored), read skips (rejected) and filtered (duplicate
 * timestamps).
 */
final class StoreFilesTasklet implements Tasklet {

	static final String FILES = "ingest.files";

	private static final String DONE = "ingest.files.done";

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		StepExecution step = chunkContext.getStepContext().getStepExecution();
		ExecutionContext context = step.getExecutionContext();
		String[] files = context.getString(FILES).split("\n");
		int done = context.getInt(DONE, 0);
		if (done < files.length) {
			IngestParameters parameters = IngestParameters.of(step.getJobParameters());
			FileSummary summary = new FileIngester(parameters).ingest(Path.of(files[done]));
			Summaries.write(WorkArea.of(step.getJobExecution()), summary);
			step.setReadCount(step.getReadCount() + summary.read());
			contribution.incrementWriteCount(summary.rows());
			contribution.incrementReadSkipCount(summary.rejected());
			contribution.incrementFilterCount(summary.duplicates());
			context.putInt(DONE, ++done);
		}
		return (done < files.length) ? RepeatStatus.CONTINUABLE : RepeatStatus.FINISHED;
	}

}
