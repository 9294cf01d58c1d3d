package dev.nightshift.jobs.pipeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.nightshift.definition.InvalidParameterException;
import dev.nightshift.definition.JobDefinition;
import dev.nightshift.definition.PipelineStage;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.job.JobParametersExtractor;

/**
 * A child's parameters: the stage's templates filled in with the pipeline's values and
 * parsed by the child's own definition (defaults, types, checks), when the child starts,
 * so that an input an earlier child writes exists by then. The pipeline's run number and
 * night are passed down, so that every instance of the pipeline has its own instance of
 * each child. {@code JobStep} keeps what this returns in its step, and a restart reuses
 * it.
 */
final class StageParameters implements JobParametersExtractor {

	private static final List<String> PASSED_DOWN = List.of(JobDefinition.RUN_ID, JobDefinition.RUN_DATE);

	private final PipelineStage stage;

	private final JobDefinition child;

	StageParameters(PipelineStage stage, JobDefinition child) {
		this.stage = stage;
		this.child = child;
	}

	@Override
	public JobParameters getJobParameters(Job job, StepExecution stepExecution) {
		JobParameters pipeline = stepExecution.getJobParameters();
		Map<String, String> values = new LinkedHashMap<>();
		for (JobParameter<?> parameter : pipeline) {
			values.put(parameter.name(), String.valueOf(parameter.value()));
		}
		JobParametersBuilder parameters = new JobParametersBuilder(parse(values)).addString(JobDefinition.PIPELINE,
				"%s#%d".formatted(stepExecution.getJobExecution().getJobInstance().getJobName(),
						stepExecution.getJobExecution().getJobInstance().getInstanceId()));
		for (String name : PASSED_DOWN) {
			JobParameter<?> parameter = pipeline.getParameter(name);
			if (parameter != null) {
				parameters.addJobParameter(parameter);
			}
		}
		return parameters.toJobParameters();
	}

	private JobParameters parse(Map<String, String> pipelineValues) {
		try {
			return this.child.parse(this.stage.arguments(pipelineValues));
		}
		catch (InvalidParameterException ex) {
			throw new InvalidParameterException(ex.parameter(),
					"job %s: %s".formatted(this.child.name(), ex.getMessage()));
		}
	}

}
