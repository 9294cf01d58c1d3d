package dev.nightshift.web;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code nightshift.serve.*}: the API's users (a bcrypt hash and a role each, as
 * {@code ./nightshift user add} writes them to {@code $NIGHTSHIFT_HOME/serve.properties})
 * and the folders that path parameters of launches must stay inside.
 */
@ConfigurationProperties("nightshift.serve")
public record ServeSettings(Map<String, User> users, List<Path> dataRoots) {

	public ServeSettings {
		users = (users != null) ? Map.copyOf(users) : Map.of();
		dataRoots = (dataRoots != null && !dataRoots.isEmpty()) ? List.copyOf(dataRoots)
				: List.of(Path.of("data"), Path.of("out"));
	}

	/**
	 * @param password a bcrypt hash as {@code {bcrypt}$2a$10$...}
	 */
	public record User(String password, String role) {
	}

}
