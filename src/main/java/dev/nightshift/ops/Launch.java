package dev.nightshift.ops;

import dev.nightshift.definition.JobDefinition;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * A checked, ready launch: the job, its parsed parameters and, when this continues a
 * failed or stopped instance, the execution it restarts.
 */
public record Launch(JobDefinition definition, Job job, JobParameters parameters, JobExecution restarting) {

	public boolean isRestart() {
		return this.restarting != null;
	}

}
