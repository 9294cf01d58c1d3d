package dev.nightshift.support;

import dev.nightshift.engine.EngineSettings;
import dev.nightshift.engine.FaultInjection;
import dev.nightshift.engine.MapReduceJobFactory;
import dev.nightshift.engine.PartitionedSteps;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A job factory over other engine settings (threads, split size, spill buffer) than the
 * context's, on the same repository: one context serves every variant a test tries.
 */
public final class EngineVariants {

	private EngineVariants() {
	}

	public static MapReduceJobFactory factory(JobRepository repository, PlatformTransactionManager transactionManager,
			EngineSettings settings) {
		return new MapReduceJobFactory(
				new PartitionedSteps(repository, transactionManager, settings, new FaultInjection(null)), settings);
	}

}
