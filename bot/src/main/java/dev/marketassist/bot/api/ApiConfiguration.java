package dev.marketassist.bot.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The REST API's OpenAPI description ({@code /v3/api-docs}), with its API-key scheme. */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

	@Bean
	OpenAPI marketApi() {
		return new OpenAPI()
			.info(new Info().title("Market Assistant API")
				.version("1")
				.description("For the marketplace (orders, payments) and reviewers' tools. Every call under /api needs "
						+ "a client's X-Api-Key with the scope of its path: orders, payments or reviews."))
			.components(new Components().addSecuritySchemes("apiKey",
					new SecurityScheme().type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name("X-Api-Key")))
			.addSecurityItem(new SecurityRequirement().addList("apiKey"));
	}

}
