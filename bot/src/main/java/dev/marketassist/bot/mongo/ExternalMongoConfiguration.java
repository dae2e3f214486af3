package dev.marketassist.bot.mongo;

import com.mongodb.ConnectionString;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Uses the MongoDB named by the {@code MONGODB_URI} environment variable. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${MONGODB_URI:}'.isBlank()")
class ExternalMongoConfiguration {

	@Bean
	MongoConnectionDetails externalMongoConnectionDetails(@Value("${MONGODB_URI}") String uri) {
		ConnectionString connection = new ConnectionString(uri);
		return () -> connection;
	}

}
