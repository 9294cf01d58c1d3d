package dev.nightshift.definition;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DefinitionConfiguration {

	@Bean
	JobDefinitions jobDefinitions(@Value("${nightshift.jobs}") Path folder) {
		return JobDefinitions.load(folder);
	}

}
