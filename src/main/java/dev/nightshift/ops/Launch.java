package dev.nightshift.ops;

import dev.nightshift.definition.JobDefinition;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParameters;

/** A checked launch: the job and its parsed parameters, not yet started. */
public record Launch(JobDefinition definition, Job job, JobParameters parameters) {

	public String jobName() {
		return this.definition.name();
	}

}
