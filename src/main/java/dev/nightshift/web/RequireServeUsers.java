package dev.nightshift.web;

import java.util.Map;

import dev.nightshift.ServeOnlyAutoConfigurations;
import dev.nightshift.definition.InvalidParameterException;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * {@code serve} without a user refuses to start, before its web server listens, and says
 * how to add one. A context initializer, since Spring Security's beans are made while the
 * web server starts, too late to stop it.
 */
class RequireServeUsers implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String NO_USERS = "serve has no users and will not serve unauthenticated: add one with "
			+ "./nightshift user add <name> --role operator (it asks for the password), then start serve again";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		if (!environment.getProperty(ServeOnlyAutoConfigurations.SERVE, Boolean.class, false)) {
			return;
		}
		Map<String, Object> users = Binder.get(environment)
			.bind("nightshift.serve.users", Bindable.mapOf(String.class, Object.class))
			.orElse(Map.of());
		if (users.isEmpty()) {
			throw new InvalidParameterException("users", NO_USERS);
		}
	}

}
