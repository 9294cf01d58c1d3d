package dev.nightshift.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What {@code /v3/api-docs} says of the API as a whole; the paths come from the
 * controllers.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ApiDescription {

	@Bean
	OpenAPI nightshiftApi() {
		return new OpenAPI()
			.info(new Info().title("Nightshift")
				.version("0.1.0")
				.description("Launch, follow, restart, stop and abandon Nightshift's batch jobs. HTTP Basic: "
						+ "viewers read, operators also act. A launch returns 202 with the execution id at once; "
						+ "poll GET /api/executions/{id}."))
			.schemaRequirement("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
			.addSecurityItem(new SecurityRequirement().addList("basic"));
	}

}
