package dev.marketassist.bot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.marketassist.dialogs.Dialogs;
import dev.marketassist.dialogs.DialogsConfiguration;
import dev.marketassist.dialogs.Invoice;
import dev.marketassist.dialogs.Language;
import dev.marketassist.dialogs.Outcome;
import dev.marketassist.dialogs.Outgoing;
import dev.marketassist.dialogs.Outgoing.Action;
import dev.marketassist.dialogs.Reply;
import dev.marketassist.dialogs.Texts;
import dev.marketassist.dialogs.session.ChatSessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A payment request in the sandbox, which takes no payments: it shows in the transcript as a
 * message with what it is for, the amount in yuan and a pointer to the page's "simulate payment"
 * tool, in the chat's language, and is confirmed like any other entry.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SandboxInvoiceTests {

	/** Chats of the sandbox range that no persona uses. */
	private static final long CHAT = Persona.IDS_FROM + 900_011;

	private static final long CHAT_ZH = Persona.IDS_FROM + 900_012;

	private static final Invoice FEE = new Invoice("Platform certification fee",
			"One-time certification fee (FEE-<1>)", "FEE-1", "CNY", 123_450);

	@Autowired
	Dialogs dialogs;

	@Autowired
	ChatSessions sessions;

	@Autowired
	Transcript transcript;

	@Test
	void showsTheInvoiceAsAMessageThatSaysPaymentIsSimulated() {
		int before = transcript.chat(CHAT).map(Transcript.Chat::lastMessageId).orElse(0);
		String key = "invoice-" + System.nanoTime();

		new SandboxDelivery(dialogs, transcript, new PendingAnswers(), sessions)
			.deliver(new Outcome(CHAT + ":" + CHAT, CHAT, List.of(new Outgoing(key, Action.INVOICE, null, null, FEE)), null,
					false), null);

		Transcript.Message shown = transcript.changedAfter(CHAT, 0)
			.stream()
			.filter(message -> key.equals(message.key()))
			.findFirst()
			.orElseThrow();
		assertThat(shown.messageId()).isEqualTo(before + 1);
		assertThat(shown.html()).contains("<b>Platform certification fee</b>", "(FEE-&lt;1&gt;)", "¥1,234.5",
				"“Sandbox: simulate payment”");
		assertThat(shown.live()).isFalse();
	}

	@Test
	void speaksTheChatsLanguage() {
		transcript.useLanguage(CHAT_ZH, "zh-CN");
		String key = "invoice-" + System.nanoTime();

		new SandboxDelivery(dialogs, transcript, new PendingAnswers())
			.deliver(new Outcome(CHAT_ZH + ":" + CHAT_ZH, CHAT_ZH,
					List.of(new Outgoing(key, Action.INVOICE, null, null, FEE)), null, false), null);

		assertThat(transcript.changedAfter(CHAT_ZH, 0)).filteredOn(message -> key.equals(message.key()))
			.singleElement()
			.satisfies(message -> assertThat(message.html()).contains("金额：¥1,234.5", "“沙盒：模拟支付”"));
	}

	@Test
	void namesTheSandboxToolByItsLabelInBothLanguages() {
		for (Language language : Language.values()) {
			Texts texts = new Texts(DialogsConfiguration.bundles(), language);
			Reply shown = SandboxDelivery.invoice(texts, FEE);
			assertThat(shown.html()).contains(texts.plain("sandbox.tools.pay"), "¥");
			assertThat(shown.hasKeyboard()).isFalse();
		}
	}

}
