package dev.nightshift.jobs.pipeline;

import java.util.function.Function;

import dev.nightshift.definition.JobDefinition;
import dev.nightshift.definition.JobDefinitions;
import dev.nightshift.definition.PipelineStage;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.stereotype.Component;

/**
 * Builds the job of a pipeline definition: a {@code JobStep} per child, named after the
 * child job.
 *
 * <pre>{@code
 * Job nightly = factory.create(definitions.get("nightly"), definitions, jobs::get, operator);
 * }</pre>
 */
@Component
public class PipelineJobFactory {

	private final JobRepository repository;

	PipelineJobFactory(JobRepository repository) {
		this.repository = repository;
	}

	/**
	 * @param jobs the job of each child, by name
	 * @param children starts a child and returns when it has ended
	 */
	public Job create(JobDefinition pipeline, JobDefinitions definitions, Function<String, Job> jobs,
			JobOperator children) {
		SimpleJobBuilder builder = null;
		for (PipelineStage stage : pipeline.stages()) {
			Step step = new StepBuilder(stage.job(), this.repository).job(jobs.apply(stage.job()))
				.operator(children)
				.parametersExtractor(new StageParameters(stage, definitions.get(stage.job())))
				.build();
			builder = (builder == null)
					? new JobBuilder(pipeline.name(), this.repository).validator(pipeline.validator()).start(step)
					: builder.next(step);
		}
		if (builder == null) {
			throw new IllegalArgumentException("pipeline " + pipeline.name() + " has no jobs");
		}
		return builder.build();
	}

}
