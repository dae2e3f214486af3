package dev.marketassist.bot.telegram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.marketassist.bot.TelegramSettings;
import dev.marketassist.bot.inbound.ChatPipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Receives updates in webhook mode. A request without the configured secret token is refused
 * with 401 and not read. The answer is 200 once the update is recorded; if MongoDB is out of
 * reach for longer than Telegram waits, the answer is 503 and Telegram delivers the update again
 * (the duplicate is recognised by its update id).
 */
@RestController
@ConditionalOnExpression("!'${market.telegram.token:}'.isBlank() && '${market.telegram.mode:polling}'.equalsIgnoreCase('webhook')")
class WebhookController {

	private static final Logger log = LoggerFactory.getLogger(WebhookController.class);

	/** Jackson 2, which the Telegram objects are annotated for (Boot 4's MVC uses Jackson 3). */
	private static final ObjectMapper TELEGRAM_JSON = new ObjectMapper()
		.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

	private final byte[] secret;

	private final UpdateTranslator translator;

	private final ChatPipeline pipeline;

	private final TelegramPayments payments;

	WebhookController(TelegramSettings settings, UpdateTranslator translator, ChatPipeline pipeline,
			TelegramPayments payments) {
		this.payments = payments;
		String secret = settings.webhookSecret();
		if (secret == null || !secret.matches("[A-Za-z0-9_-]{1,256}")) {
			throw new IllegalStateException(
					"Webhook mode needs TELEGRAM_WEBHOOK_SECRET: 1 to 256 characters of A-Z, a-z, 0-9, _ and -");
		}
		this.secret = secret.getBytes(StandardCharsets.UTF_8);
		this.translator = translator;
		this.pipeline = pipeline;
	}

	@PostMapping(path = "${market.telegram.webhook-path:/telegram/webhook}")
	ResponseEntity<Void> onUpdate(@RequestHeader(value = "X-Telegram-Bot-Api-Secret-Token", required = false) String header,
			@RequestBody byte[] body) {
		if (header == null || !MessageDigest.isEqual(secret, header.getBytes(StandardCharsets.UTF_8))) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
		}
		Update update;
		try {
			update = TELEGRAM_JSON.readValue(body, Update.class);
		}
		catch (IOException ex) {
			log.warn("Unreadable webhook update: {}", ex.getClass().getSimpleName());
			return ResponseEntity.badRequest().build();
		}
		if (update.hasPreCheckoutQuery()) {
			payments.answer(update.getPreCheckoutQuery());
			return ResponseEntity.ok().build();
		}
		var incoming = translator.translate(update);
		if (incoming.isEmpty()) {
			return ResponseEntity.ok().build();
		}
		try {
			pipeline.submit(incoming.get()).get(25, TimeUnit.SECONDS);
			return ResponseEntity.ok().build();
		}
		catch (TimeoutException ex) {
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
		}
		catch (ExecutionException ex) {
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
		}
	}

}
