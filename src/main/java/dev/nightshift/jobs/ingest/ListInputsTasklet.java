package dev.nightshift.jobs.ingest;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.nightshift.engine.WorkArea;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Step {@code list}: resolves the input into the instance's {@link InputPlan}. */
final class ListInputsTasklet implements Tasklet {

	private final int threads;

	ListInputsTasklet(int threads) {
		this.threads = threads;
	}

	static Path planFile(WorkArea area) {
		return area.root().resolve("ingest-inputs.tsv");
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		StepExecution step = chunkContext.getStepContext().getStepExecution();
		IngestParameters parameters = IngestParameters.of(step.getJobParameters());
		if (Files.exists(parameters.output()) && !Files.isDirectory(parameters.output())) {
			throw new IllegalArgumentException("output " + parameters.output() + " is a file, not a folder");
		}
		InputPlan plan = InputPlan.of(parameters.input(), this.threads);
		plan.write(planFile(WorkArea.of(step.getJobExecution())));
		Files.createDirectories(parameters.output());
		step.setReadCount(plan.files().size());
		contribution.incrementWriteCount(plan.groups().size());
		return RepeatStatus.FINISHED;
	}

}
