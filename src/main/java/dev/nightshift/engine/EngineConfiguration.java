package dev.nightshift.engine;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ EngineSettings.class, FaultInjection.class })
class EngineConfiguration {

	@Bean
	PartitionedSteps partitionedSteps(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			EngineSettings settings, FaultInjection faults) {
		return new PartitionedSteps(jobRepository, transactionManager, settings, faults);
	}

	@Bean
	MapReduceJobFactory mapReduceJobFactory(PartitionedSteps steps, EngineSettings settings) {
		return new MapReduceJobFactory(steps, settings);
	}

}
