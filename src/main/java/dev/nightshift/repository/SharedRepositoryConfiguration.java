package dev.nightshift.repository;

import java.nio.file.Path;
import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The pooled data source over the shared repository, unless spring.datasource.url names
 * another.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class SharedRepositoryConfiguration {

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(@Value("${nightshift.home}") Path home,
			@Value("${nightshift.repository.server-idle-timeout}") Duration idleTimeout) {
		HikariDataSource pool = new HikariDataSource();
		pool.setDataSource(new SharedRepository(home, idleTimeout));
		return pool;
	}

}
