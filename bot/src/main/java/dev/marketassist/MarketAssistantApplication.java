package dev.marketassist;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Market Assistant: the Telegram assistant of the cloud marketplace. Modules: {@code domain}
 * (the marketplace), {@code dialogs} (conversations), {@code bot} (this application: Telegram,
 * REST, MongoDB).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class MarketAssistantApplication {

	public static void main(String[] args) {
		SpringApplication.run(MarketAssistantApplication.class, args);
	}

}
