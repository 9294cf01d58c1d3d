package dev.nightshift;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes {@code nightshift.home} absolute before anything reads it: H2 refuses database
 * paths relative to the working directory, and work areas recorded in the repository must
 * stay valid whichever folder the next command runs from.
 */
class NightshiftHome implements EnvironmentPostProcessor {

	static final String PROPERTY = "nightshift.home";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String home = environment.getProperty(PROPERTY, ".nightshift");
		String absolute = Path.of(home).toAbsolutePath().normalize().toString();
		environment.getPropertySources().addFirst(new MapPropertySource("nightshiftHome", Map.of(PROPERTY, absolute)));
	}

}
