package dev.marketassist.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import dev.marketassist.bot.mongo.EmbeddedMongoSettings;
import dev.marketassist.bot.mongo.MongoSettings;
import dev.marketassist.bot.sandbox.SandboxSettings;
import dev.marketassist.bot.security.ApiKeySettings;
import dev.marketassist.product.FilesSettings;
import dev.marketassist.dialogs.DialogSettings;
import dev.marketassist.order.OrderSettings;
import dev.marketassist.order.QuietHours;
import dev.marketassist.review.ReviewSettings;
import dev.marketassist.review.ReviewerSettings;
import dev.marketassist.provider.PaymentSettings;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The configuration contract (DESIGN.md, the README's Configuration): each documented environment
 * variable, set as the process environment, lands in its settings record through
 * {@code application.properties}, as the application registers them (one record per
 * {@code market.*} prefix, found by {@code @ConfigurationPropertiesScan}); a bad value refuses the
 * start naming the property.
 */
class SettingsBindingTests {

	private static ApplicationContextRunner withEnvironment(Map<String, Object> variables) {
		return new ApplicationContextRunner()
			.withInitializer(context -> context.getEnvironment()
				.getPropertySources()
				.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
						StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables)))
			.withInitializer(new ConfigDataApplicationContextInitializer())
			.withUserConfiguration(Scan.class);
	}

	@Test
	void bindsEachDocumentedEnvironmentVariableIntoItsRecord() {
		Map<String, Object> variables = Map.ofEntries(Map.entry("TELEGRAM_BOT_TOKEN", "123:abc"),
				Map.entry("TELEGRAM_API_URL", "http://127.0.0.1:8089"), Map.entry("TELEGRAM_MODE", "webhook"),
				Map.entry("TELEGRAM_WEBHOOK_URL", "https://bot.example.com/telegram/webhook"),
				Map.entry("TELEGRAM_WEBHOOK_SECRET", "s3cret"), Map.entry("TELEGRAM_BOT_USERNAME", "@MarketBot"),
				Map.entry("MARKET_DATA_DIR", "/srv/market"), Map.entry("MARKET_EMBEDDED_MONGO_PORT", "27027"),
				Map.entry("MARKET_SANDBOX_ENABLED", "true"), Map.entry("MARKET_API_KEYS", "review-tool:reviews:k1"),
				Map.entry("MARKET_API_KEY", "k2"), Map.entry("MARKET_REVIEWER_IDS", "11,22"),
				Map.entry("MARKET_REVIEWER_CHAT_ID", "-100123"), Map.entry("MARKET_PAYMENTS_PROVIDER_TOKEN", "pay:token"),
				Map.entry("MARKET_CERTIFICATION_FEE", "4000"), Map.entry("MARKET_ENCRYPTION_KEY", "a2V5"),
				Map.entry("SERVER_PORT", "8090"), Map.entry("MANAGEMENT_SERVER_PORT", "8091"),
				Map.entry("MANAGEMENT_SERVER_ADDRESS", "0.0.0.0"), Map.entry("MONGODB_URI", "mongodb://db:27017/market"),
				Map.entry("MANAGEMENT_METRICS_MONGODB_COMMAND_ENABLED", "true"));
		withEnvironment(variables).run(context -> {
			assertThat(context).hasNotFailed();
			TelegramSettings telegram = context.getBean(TelegramSettings.class);
			assertThat(telegram.token()).isEqualTo("123:abc");
			assertThat(telegram.apiUrl()).isEqualTo("http://127.0.0.1:8089");
			assertThat(telegram.mode()).isEqualTo(TelegramSettings.Mode.WEBHOOK);
			assertThat(telegram.webhookUrl()).isEqualTo("https://bot.example.com/telegram/webhook");
			assertThat(telegram.webhookSecret()).isEqualTo("s3cret");
			assertThat(telegram.username()).isEqualTo("MarketBot");
			EmbeddedMongoSettings embedded = context.getBean(EmbeddedMongoSettings.class);
			assertThat(embedded.dataDir()).isEqualTo("/srv/market");
			assertThat(embedded.port()).isEqualTo(27027);
			assertThat(context.getBean(SandboxSettings.class).enabled()).isTrue();
			ApiKeySettings api = context.getBean(ApiKeySettings.class);
			assertThat(api.keys()).isEqualTo("review-tool:reviews:k1");
			assertThat(api.key()).isEqualTo("k2");
			ReviewerSettings reviewers = context.getBean(ReviewerSettings.class);
			assertThat(reviewers.ids()).containsExactly(11L, 22L);
			assertThat(reviewers.chatId()).isEqualTo(-100123L);
			PaymentSettings payments = context.getBean(PaymentSettings.class);
			assertThat(payments.providerToken()).isEqualTo("pay:token");
			assertThat(payments.certificationFee()).isEqualByComparingTo(new BigDecimal("4000"));
			assertThat(context.getBean(EncryptionSettings.class).key()).isEqualTo("a2V5");
			// Spring Boot's own properties and the external MongoDB's switch
			assertThat(context.getEnvironment().getProperty("server.port")).isEqualTo("8090");
			assertThat(context.getEnvironment().getProperty("management.server.port")).isEqualTo("8091");
			assertThat(context.getEnvironment().getProperty("management.server.address")).isEqualTo("0.0.0.0");
			assertThat(context.getEnvironment().getProperty("MONGODB_URI")).isEqualTo("mongodb://db:27017/market");
			assertThat(context.getEnvironment().getProperty("management.metrics.mongodb.command.enabled", Boolean.class)).isTrue();
		});
	}

	@Test
	void bindsAnyPropertyFromItsRelaxedEnvironmentName() {
		Map<String, Object> variables = Map.ofEntries(Map.entry("MARKET_TELEGRAM_WORKERS", "32"),
				Map.entry("MARKET_TELEGRAM_MAX_BACKOFF", "3s"), Map.entry("MARKET_TELEGRAM_KEEP_SUPERSEDED_BUTTONS", "true"),
				Map.entry("MARKET_TELEGRAM_WEBHOOK_PATH", "/hook"), Map.entry("MARKET_MONGO_TIMEOUT", "2s"),
				Map.entry("MARKET_FILES_STORAGE", "telegram"), Map.entry("MARKET_FILES_DOWNLOAD_TIMEOUT", "10s"),
				Map.entry("MARKET_DIALOGS_SESSION_CACHE_SIZE", "0"), Map.entry("MARKET_REVIEWS_SETTLE_AFTER", "1m"),
				Map.entry("MARKET_REVIEWS_DIGEST_AT", "08:30"), Map.entry("MARKET_ORDERS_QUIET_HOURS", "23:00-07:00"));
		withEnvironment(variables).run(context -> {
			assertThat(context).hasNotFailed();
			TelegramSettings telegram = context.getBean(TelegramSettings.class);
			assertThat(telegram.workers()).isEqualTo(32);
			assertThat(telegram.maxBackoff()).isEqualTo(Duration.ofSeconds(3));
			assertThat(telegram.keepSupersededButtons()).isTrue();
			assertThat(telegram.webhookPath()).isEqualTo("/hook");
			assertThat(context.getBean(MongoSettings.class).timeout()).isEqualTo(Duration.ofSeconds(2));
			FilesSettings files = context.getBean(FilesSettings.class);
			assertThat(files.storage()).isEqualTo(FilesSettings.Storage.TELEGRAM);
			assertThat(files.downloadTimeout()).isEqualTo(Duration.ofSeconds(10));
			assertThat(context.getBean(DialogSettings.class).sessionCacheSize()).isZero();
			ReviewSettings reviews = context.getBean(ReviewSettings.class);
			assertThat(reviews.settleAfter()).isEqualTo(Duration.ofMinutes(1));
			assertThat(reviews.digestAt()).isEqualTo(LocalTime.of(8, 30));
			assertThat(context.getBean(OrderSettings.class).quietHours())
				.isEqualTo(new QuietHours(LocalTime.of(23, 0), LocalTime.of(7, 0)));
		});
	}

	@Test
	void takesTheDocumentedDefaultsWithoutEnvironment() {
		withEnvironment(Map.of()).run(context -> {
			assertThat(context).hasNotFailed();
			TelegramSettings telegram = context.getBean(TelegramSettings.class);
			assertThat(telegram.enabled()).isFalse();
			assertThat(telegram.apiUrl()).isEqualTo("https://api.telegram.org");
			assertThat(telegram.mode()).isEqualTo(TelegramSettings.Mode.POLLING);
			assertThat(telegram.username()).isEmpty();
			assertThat(telegram.webhookPath()).isEqualTo("/telegram/webhook");
			assertThat(telegram.maxBackoff()).isEqualTo(Duration.ofSeconds(10));
			assertThat(telegram.keepSupersededButtons()).isFalse();
			assertThat(context.getBean(EmbeddedMongoSettings.class).dataDir()).isEqualTo("./data");
			assertThat(context.getBean(MongoSettings.class).timeout()).isEqualTo(Duration.ofSeconds(5));
			assertThat(context.getBean(EncryptionSettings.class).configured()).isFalse();
			assertThat(context.getBean(SandboxSettings.class).enabled()).isNull();
			assertThat(context.getBean(FilesSettings.class).downloadTimeout()).isEqualTo(Duration.ofSeconds(30));
			assertThat(context.getBean(DialogSettings.class).sessionCacheSize()).isEqualTo(1000);
			ReviewSettings reviews = context.getBean(ReviewSettings.class);
			assertThat(reviews.settleAfter()).isEqualTo(Duration.ofSeconds(30));
			assertThat(reviews.digestAt()).isEqualTo(LocalTime.of(9, 0));
			assertThat(context.getBean(ReviewerSettings.class).ids()).isEmpty();
			assertThat(context.getBean(PaymentSettings.class).certificationFee()).isEqualByComparingTo("5000");
			assertThat(context.getBean(OrderSettings.class).quietHours())
				.isEqualTo(new QuietHours(LocalTime.of(22, 0), LocalTime.of(8, 0)));
		});
	}

	@Test
	void refusesABadValueNamingTheProperty() {
		List<List<String>> bad = List.of(List.of("MARKET_ORDERS_QUIET_HOURS", "22-8", "market.orders.quiet-hours"),
				List.of("MARKET_MONGO_TIMEOUT", "0s", "market.mongo.timeout"),
				List.of("MARKET_TELEGRAM_MAX_BACKOFF", "-1s", "market.telegram.max-backoff"),
				List.of("MARKET_DIALOGS_SESSION_CACHE_SIZE", "-1", "market.dialogs.session-cache-size"),
				List.of("MARKET_TELEGRAM_WEBHOOK_PATH", "hook", "market.telegram.webhook-path"),
				List.of("MARKET_REVIEWS_SETTLE_AFTER", "0s", "market.reviews.settle-after"));
		for (List<String> value : bad) {
			withEnvironment(Map.of(value.get(0), value.get(1))).run(context -> assertThat(context).as(value.get(0))
				.hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining(value.get(2)));
		}
	}

	@Configuration(proxyBeanMethods = false)
	@ConfigurationPropertiesScan("dev.marketassist")
	static class Scan {

	}

}
