package dev.nightshift.ops;

import java.util.List;

import org.springframework.batch.core.job.JobExecution;

/**
 * An execution created in the repository and owned by this process, not yet run; and,
 * when it continues a FAILED or STOPPED instance, the execution it continues; and the
 * orphans recovered on the way.
 */
public record Started(Launch launch, JobExecution execution, JobExecution previous,
		List<RecoverOrphanedExecutionsTask.Recovered> recovered) {

	public boolean isRestart() {
		return this.previous != null;
	}

}
