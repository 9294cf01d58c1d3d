package dev.nightshift;

import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Leaves out the auto-configurations only {@code serve} uses (the web server, Spring MVC,
 * security, actuator, metrics and the OpenAPI description) unless {@value #SERVE} is
 * true: every other command is a short process, and evaluating them cost it about half a
 * second of start-up. Registered in {@code META-INF/spring.factories} beside Boot's own
 * import filters.
 */
public class ServeOnlyAutoConfigurations implements AutoConfigurationImportFilter, EnvironmentAware {

	public static final String SERVE = "nightshift.serve";

	private static final List<String> SERVE_ONLY = List.of("org.springframework.boot.actuate.",
			"org.springframework.boot.micrometer.", "org.springframework.boot.health.",
			"org.springframework.boot.security.", "org.springframework.boot.webmvc.",
			"org.springframework.boot.tomcat.", "org.springframework.boot.servlet.", "org.springdoc.",
			"org.springframework.boot.http.converter.", "org.springframework.boot.jackson.",
			"org.springframework.boot.validation.", "org.springframework.boot.jdbc.autoconfigure.health.");

	private boolean serve;

	@Override
	public void setEnvironment(Environment environment) {
		this.serve = environment.getProperty(SERVE, Boolean.class, false);
	}

	@Override
	public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
		boolean[] matches = new boolean[autoConfigurationClasses.length];
		for (int i = 0; i < matches.length; i++) {
			String name = autoConfigurationClasses[i];
			matches[i] = this.serve || name == null || SERVE_ONLY.stream().noneMatch(name::startsWith);
		}
		return matches;
	}

}
