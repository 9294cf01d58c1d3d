package dev.nightshift.web;

import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * HTTP Basic for everything but health: viewers may GET, operators may also POST. No
 * sessions and so no CSRF tokens: every request carries its credentials.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(ServeSettings.class)
class ApiSecurityConfiguration {

	@Bean
	SecurityFilterChain api(HttpSecurity http) throws Exception {
		return http
			.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/**")
				.hasAnyRole(Role.VIEWER.name(), Role.OPERATOR.name())
				.anyRequest()
				.hasRole(Role.OPERATOR.name()))
			.httpBasic(Customizer.withDefaults())
			.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.build();
	}

	/** The users of {@code nightshift.serve.users} (see {@link RequireServeUsers}). */
	@Bean
	UserDetailsService users(ServeSettings settings) {
		InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
		for (Map.Entry<String, ServeSettings.User> user : settings.users().entrySet()) {
			users.createUser(User.withUsername(user.getKey())
				.password(user.getValue().password())
				.roles(Role.of(user.getKey(), user.getValue().role()).name())
				.build());
		}
		return users;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
