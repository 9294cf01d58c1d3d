package dev.nightshift.jobs.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.nightshift.engine.WorkArea;
import dev.nightshift.store.StoreBatch;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * A partition of step {@code store}: files in chunks of about {@link #CHUNK_NANOS}, so
 * that the partition's context commits every so often (not after each of many small
 * files, a repository round trip and a folder sync each) and a restart goes on from the
 * first file of the chunk that did not commit. The chunk's stores are in place, durably,
 * before it commits. Counts: read, written (rows stored), read skips (rejected) and
 * filtered (duplicate timestamps).
 */
final class StoreFilesTasklet implements Tasklet {

	static final String FILES = "ingest.files";

	private static final String DONE = "ingest.files.done";

	private static final long CHUNK_NANOS = 250_000_000L;

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		StepExecution step = chunkContext.getStepContext().getStepExecution();
		ExecutionContext context = step.getExecutionContext();
		String[] files = context.getString(FILES).split("\n");
		int done = context.getInt(DONE, 0);
		FileIngester ingester = new FileIngester(IngestParameters.of(step.getJobParameters()));
		WorkArea area = WorkArea.of(step.getJobExecution());
		List<FileSummary> chunk = new ArrayList<>();
		try (StoreBatch stores = new StoreBatch()) {
			long started = System.nanoTime();
			while (done + chunk.size() < files.length && System.nanoTime() - started < CHUNK_NANOS) {
				chunk.add(ingester.ingest(Path.of(files[done + chunk.size()]), stores));
			}
			stores.commit();
		}
		for (FileSummary summary : chunk) {
			Summaries.write(area, summary);
			step.setReadCount(step.getReadCount() + summary.read());
			contribution.incrementWriteCount(summary.rows());
			contribution.incrementReadSkipCount(summary.rejected());
			contribution.incrementFilterCount(summary.duplicates());
		}
		done += chunk.size();
		context.putInt(DONE, done);
		return (done < files.length) ? RepeatStatus.CONTINUABLE : RepeatStatus.FINISHED;
	}

}
