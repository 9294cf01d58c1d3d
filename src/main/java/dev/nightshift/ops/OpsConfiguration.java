package dev.nightshift.ops;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OpsSettings.class)
class OpsConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	OwnerLiveness ownerLiveness(Clock clock, OpsSettings settings) {
		return new OwnerLiveness(OwnerLiveness.Processes.local(), clock, settings.heartbeatTimeout());
	}

}
