package dev.marketassist.bot.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import dev.marketassist.core.InvalidValue;
import dev.marketassist.dialogs.Conversation;
import dev.marketassist.dialogs.Dialogs;
import dev.marketassist.dialogs.Inbound;
import dev.marketassist.dialogs.Input;
import dev.marketassist.dialogs.Outcome;
import dev.marketassist.dialogs.Outgoing;
import dev.marketassist.dialogs.session.ChatSession;
import dev.marketassist.dialogs.session.ChatSessions;
import dev.marketassist.provider.BankAccountNumber;
import dev.marketassist.provider.CompanyDetails;
import dev.marketassist.core.input.PhoneNumber;
import dev.marketassist.provider.Provider;
import dev.marketassist.provider.ProviderManagement;
import dev.marketassist.provider.UnifiedSocialCreditCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * What the application needs from MongoDB, run against the embedded server and (where Docker is
 * available) a real MongoDB replica set: sessions with their nested state and outbox,
 * de-duplication, version checks, unique keys, encrypted fields.
 */
abstract class PersistenceScenarios {

	@Autowired
	Dialogs dialogs;

	@Autowired
	ChatSessions sessions;

	@Autowired
	ProviderManagement providers;

	@Autowired
	MongoTemplate mongo;

	final long user = ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000);

	final Conversation from = new Conversation(user, user, "zh-hans", "李雷");

	long updateId = ThreadLocalRandom.current().nextLong(1, 1_000_000);

	@Test
	void storesTheSessionWithItsDialogAndOutboxAndRecognisesARedelivery() {
		Inbound start = new Inbound(++updateId, from, new Input.Command("start", ""));
		Outcome first = dialogs.handle(start);
		assertThat(first.deliveries()).hasSize(1);
		assertThat(first.deliveries().get(0).reply().html()).contains("云市场助手");
		assertThat(dialogs.handle(start).duplicate()).isTrue();
		ChatSession stored = sessions.findById(from.sessionId()).orElseThrow();
		assertThat(stored.getLanguage()).isEqualTo("zh-CN");
		assertThat(stored.getOutbox()).hasSize(1);
		assertThat(stored.getOutbox().get(0).reply().keyboard()).isNotEmpty();
		dialogs.delivered(stored.getId(), stored.getOutbox().stream().map(Outgoing::key).toList(), 77);
		ChatSession confirmed = sessions.findById(from.sessionId()).orElseThrow();
		assertThat(confirmed.getOutbox()).isEmpty();
		assertThat(confirmed.getPromptMessageId()).isEqualTo(77);
	}

	@Test
	void refusesAStaleVersion() {
		dialogs.handle(new Inbound(++updateId, from, new Input.Command("help", "")));
		ChatSession one = sessions.findById(from.sessionId()).orElseThrow();
		ChatSession two = sessions.findById(from.sessionId()).orElseThrow();
		sessions.save(one);
		assertThatThrownBy(() -> sessions.save(two)).isInstanceOf(OptimisticLockingFailureException.class);
	}

	@Test
	void keepsTheBankAccountEncryptedAndTheCreditCodeUnique() {
		String uscc = "91350100M000100Y43";
		mongo.remove(org.springframework.data.mongodb.core.query.Query.query(
				org.springframework.data.mongodb.core.query.Criteria.where("uscc").is(uscc)), Provider.class);
		Provider provider = providers.registerCompany(details(uscc), user, "run-" + user);
		assertThat(provider.getBankAccountMasked()).endsWith("2233");
		String raw = mongo.getCollection("providers").find(new org.bson.Document("_id", provider.getId())).first().toJson();
		assertThat(raw).doesNotContain("6222020200112233").contains("v1:");
		assertThat(providers.registerCompany(details(uscc), user, "run-" + user).getId()).isEqualTo(provider.getId());
		assertThatThrownBy(() -> providers.registerCompany(details(uscc), user + 1, "other-" + user))
			.isInstanceOf(InvalidValue.class)
			.hasMessage("invalid.uscc.taken");
		List<Provider> all = mongo.find(org.springframework.data.mongodb.core.query.Query.query(
				org.springframework.data.mongodb.core.query.Criteria.where("uscc").is(uscc)), Provider.class);
		assertThat(all).hasSize(1);
	}

	private static CompanyDetails details(String uscc) {
		return new CompanyDetails("福州测试科技有限公司", UnifiedSocialCreditCode.of(uscc), "韩梅梅", PhoneNumber.of("13812345678"), null,
				"福州测试科技有限公司", "招商银行", "福州分行", BankAccountNumber.of("6222 0202 0011 2233"));
	}

}
