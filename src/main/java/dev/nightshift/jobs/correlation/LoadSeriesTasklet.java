package dev.nightshift.jobs.correlation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.nightshift.engine.WorkArea;
import dev.nightshift.store.SeriesFrame;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step {@code load}: reads the column of every store (on the engine's threads), applies
 * the transform to each series on its own dates, and aligns them all on the union of
 * their dates into the {@link AlignedSeries} of the work area, with the {@link TilePlan}
 * that fixes the partitions of step {@code pairs} for every restart.
 */
final class LoadSeriesTasklet implements Tasklet {

	private final int threads;

	LoadSeriesTasklet(int threads) {
		this.threads = threads;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		StepExecution step = chunkContext.getStepContext().getStepExecution();
		CorrelationParameters parameters = CorrelationParameters.of(step.getJobParameters());
		List<StoredSeries> sources = StoredSeries.of(parameters.input());
		List<SeriesFrame> frames = read(sources, parameters);
		AlignedSeries aligned = align(sources, frames);
		WorkArea area = WorkArea.of(step.getJobExecution());
		aligned.write(area);
		StoredSeries.write(area, sources);
		TilePlan.of(aligned.series(), aligned.dates(), this.threads, parameters.blockSize()).write(area);
		step.setReadCount(sources.size());
		contribution.incrementWriteCount(aligned.series());
		return RepeatStatus.FINISHED;
	}

	private List<SeriesFrame> read(List<StoredSeries> sources, CorrelationParameters parameters)
			throws InterruptedException {
		ExecutorService pool = Executors.newFixedThreadPool(this.threads);
		try {
			List<Future<SeriesFrame>> reads = new ArrayList<>();
			for (StoredSeries source : sources) {
				reads.add(pool.submit(() -> series(source, parameters)));
			}
			List<SeriesFrame> frames = new ArrayList<>();
			for (Future<SeriesFrame> read : reads) {
				try {
					frames.add(read.get());
				}
				catch (ExecutionException ex) {
					throw (ex.getCause() instanceof RuntimeException runtime) ? runtime
							: new IllegalStateException(ex.getCause());
				}
			}
			return frames;
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** The store's column, transformed, as a frame of that one column. */
	private static SeriesFrame series(StoredSeries source, CorrelationParameters parameters) {
		SeriesFrame column = source.read(parameters.column());
		return new SeriesFrame(column.indexName(), column.epochNanos(), List.of(SeriesFrame.Column
			.ofDoubles(parameters.column(), parameters.transform().apply(column.columns().get(0).doubles()))));
	}

	/**
	 * The dates of all frames, sorted, each once (LongStream.distinct would box them
	 * all).
	 */
	private static long[] union(List<SeriesFrame> frames) {
		long[] all = frames.stream().flatMapToLong(frame -> Arrays.stream(frame.epochNanos())).toArray();
		Arrays.sort(all);
		int distinct = 0;
		for (int i = 0; i < all.length; i++) {
			if (distinct == 0 || all[i] != all[distinct - 1]) {
				all[distinct++] = all[i];
			}
		}
		return Arrays.copyOf(all, distinct);
	}

	/** Every series on the sorted union of all dates, NaN where it has none. */
	static AlignedSeries align(List<StoredSeries> sources, List<SeriesFrame> frames) {
		long[] union = union(frames);
		double[][] values = new double[frames.size()][];
		for (int s = 0; s < frames.size(); s++) {
			long[] dates = frames.get(s).epochNanos();
			double[] own = frames.get(s).columns().get(0).doubles();
			double[] aligned = new double[union.length];
			Arrays.fill(aligned, Double.NaN);
			int at = 0;
			for (int t = 0; t < dates.length; t++) {
				while (union[at] != dates[t]) {
					at++;
				}
				aligned[at] = own[t];
			}
			values[s] = aligned;
		}
		return new AlignedSeries(sources.stream().map(StoredSeries::name).toList(), union, values);
	}

}
