package dev.marketassist.bot.security;

import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The health status on the public port, for load balancers and container checks: only
 * {@code {"status":"UP"}} (200) or another status (503), never the components' details, which
 * the management port serves. (Without the health endpoint, e.g. {@code MANAGEMENT_SERVER_PORT=-1},
 * answering at all is the status.)
 */
@RestController
class PublicHealth {

	private final ObjectProvider<HealthEndpoint> health;

	PublicHealth(ObjectProvider<HealthEndpoint> health) {
		this.health = health;
	}

	@GetMapping("/actuator/health")
	ResponseEntity<Map<String, String>> status() {
		HealthEndpoint endpoint = health.getIfAvailable();
		Status status = endpoint == null ? Status.UP : endpoint.health().getStatus();
		return ResponseEntity.status(Status.UP.equals(status) ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
			.body(Map.of("status", status.getCode()));
	}

}
