package dev.nightshift.jobs.ingest;

import java.nio.file.Path;
import java.util.List;

import dev.nightshift.engine.MapReduceJobFactory;
import dev.nightshift.engine.WorkArea;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step {@code catalog}: {@code <output>/catalog.json}, every input file with its store
 * and counts, and the totals; written under a temporary name and renamed.
 */
final class CatalogTasklet implements Tasklet {

	/** The catalog document. */
	record Catalog(long files, long stores, long read, long rows, long rejected, long duplicates,
			List<FileSummary> entries) {

		static Catalog of(List<FileSummary> entries) {
			return new Catalog(entries.size(), entries.stream().filter(entry -> entry.store() != null).count(),
					entries.stream().mapToLong(FileSummary::read).sum(),
					entries.stream().mapToLong(FileSummary::rows).sum(),
					entries.stream().mapToLong(FileSummary::rejected).sum(),
					entries.stream().mapToLong(FileSummary::duplicates).sum(), entries);
		}

	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		StepExecution step = chunkContext.getStepContext().getStepExecution();
		WorkArea area = WorkArea.of(step.getJobExecution());
		IngestParameters parameters = IngestParameters.of(step.getJobParameters());
		List<FileSummary> entries = InputPlan.read(ListInputsTasklet.planFile(area))
			.files()
			.stream()
			.map(source -> Summaries.read(area, source))
			.toList();
		Catalog catalog = Catalog.of(entries);
		Path target = parameters.output().resolve("catalog.json");
		Path temporary = parameters.output().resolve(".catalog.json.tmp");
		Summaries.JSON.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), catalog);
		WorkArea.publish(temporary, target);
		step.getExecutionContext().putString(MapReduceJobFactory.OUTPUT_FILE_KEY, target.toString());
		step.setReadCount(catalog.files());
		contribution.incrementWriteCount(catalog.stores());
		return RepeatStatus.FINISHED;
	}

}
