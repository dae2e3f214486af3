package dev.marketassist.bot.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import dev.marketassist.core.Refused;
import dev.marketassist.core.crypto.FieldCipher;
import dev.marketassist.order.NewOrder;
import dev.marketassist.order.OrderManagement;
import dev.marketassist.order.Orders;
import dev.marketassist.order.Requirements;
import dev.marketassist.review.ReviewDecisions;
import dev.marketassist.review.ReviewSubject;
import dev.marketassist.review.ReviewTicket;
import dev.marketassist.review.ReviewTickets;
import dev.marketassist.provider.BankAccountNumber;
import dev.marketassist.provider.CompanyDetails;
import dev.marketassist.provider.MerchantChanges;
import dev.marketassist.provider.OnboardingManagement;
import dev.marketassist.core.input.PhoneNumber;
import dev.marketassist.provider.ProviderManagement;
import dev.marketassist.provider.UnifiedSocialCreditCode;
import dev.marketassist.provider.WeChatPayMerchantId;
import dev.marketassist.provider.AccountChangeManagement;
import dev.marketassist.testing.CallbackAnswer;
import dev.marketassist.testing.ChatExpectations;
import dev.marketassist.testing.SentMessage;
import dev.marketassist.testing.StandInBotApi;
import dev.marketassist.testing.TgUser;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 13, the chat side: the attacks of the report, each through the stand-in Bot API with the
 * real TelegramBots client and the embedded MongoDB. Operators cannot take over the owner's
 * company by onboarding again; groups and anonymous admins get nothing; forged buttons are
 * answered without a stack trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class ChatSecurityEndToEndTests {

	static final String TOKEN = "123456789:TEST-token_for-security";

	static final StandInBotApi telegram = StandInBotApi.start(TOKEN);

	private final ChatExpectations chats = new ChatExpectations(telegram);

	@Autowired
	ProviderManagement providers;

	@Autowired
	OnboardingManagement onboarding;

	@Autowired
	AccountChangeManagement accountChanges;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	MerchantChanges merchants;

	@Autowired
	dev.marketassist.provider.TeamManagement teams;

	@Autowired
	ReviewDecisions decisions;

	@Autowired
	ReviewTickets tickets;

	@Autowired
	OrderManagement orders;

	@Autowired
	Orders orderRepository;

	@Autowired
	FieldCipher cipher;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("market.telegram.token", () -> TOKEN);
		registry.add("market.telegram.api-url", telegram::baseUrl);
		registry.add("market.telegram.mode", () -> "polling");
	}

	@AfterAll
	static void stopTelegram() {
		telegram.close();
	}

	@Test
	void anOperatorWhoTapsBecomeASellerCannotOverwriteTheOwnersCompanyOrBankAccount() {
		TgUser owner = seller(830_000_001L, uscc(1), "Owner Cloud");
		TgUser operator = operatorOf(owner, 830_000_002L, "Oscar");
		Document before = providerDocument(owner);

		telegram.injectText(operator, "/start");
		SentMessage menu = chats.expect(operator, "Cloud Marketplace assistant");
		telegram.clickButton(operator, menu, "🏪 Become a seller");
		SentMessage refused = chats.expect(operator, "seller onboarding is for new sellers only");
		assertThat(refused.text()).contains("Owner Cloud").contains("/status").contains("/account");
		assertThat(refused.buttonTexts()).containsExactly("📋 Onboarding checklist");
		assertThat(telegram.messages(operator.chatId())).noneMatch(m -> m.text().contains("Do you accept the agreement?"));

		// the rule is the domain's, not the menu's: a submission that got past the menu is refused too
		CompanyDetails takeover = new CompanyDetails("Takeover Ltd", UnifiedSocialCreditCode.of(uscc(2)),
				"Mallory", PhoneNumber.of("13900000000"), null, "Mallory", "Evil Bank", "Cayman Branch",
				BankAccountNumber.of("6222000011112222"));
		assertThatThrownBy(() -> providers.registerCompany(takeover, operator.id(), "takeover-1"))
			.isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo("refused.onboarding.member"));
		assertThatThrownBy(() -> providers.registerCompany(takeover, owner.id(), "takeover-2"))
			.isInstanceOf(Refused.class);

		Document after = providerDocument(owner);
		for (String field : new String[] { "companyName", "uscc", "bankAccountSealed", "bankAccountMasked", "accountHolder",
				"bankName", "bankBranch", "contactName" }) {
			assertThat(after.get(field)).as(field).isEqualTo(before.get(field));
		}
		assertThat(mongo.count(Query.query(Criteria.where("uscc").is(uscc(2))), "providers")).isZero();
	}

	@Test
	void onlyTheOwnerChangesTheAccountInformation() {
		TgUser owner = seller(830_000_011L, uscc(3), "Acct Owner");
		TgUser operator = operatorOf(owner, 830_000_012L, "Olga");

		telegram.injectText(operator, "/account");
		SentMessage account = chats.expect(operator, "Account information");
		assertThat(account.text()).contains("+86 138****5678").doesNotContain("13812345678");
		telegram.clickButton(operator, account, "✏️ Change account information");
		chats.expect(operator, "Only the account owner can change the account information");
		assertThatThrownBy(() -> accountChanges.submit(operator.id(), Map.of("companyName", "Hijack Ltd"), "op-change"))
			.isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo("refused.account.owner-only"));
		assertThat(accountChanges.pending(onboarding.providerOf(owner.id()).getId())).isEmpty();

		telegram.injectText(owner, "/account");
		telegram.clickButton(owner, chats.expect(owner, "Account information"), "✏️ Change account information");
		chats.expect(owner, "What do you want to change?");
	}

	@Test
	void merchantIdsChangeOnlyByTheOwnerAndOnlyWhenAReviewerApproves() {
		TgUser owner = seller(830_000_051L, uscc(7), "Money Owner");
		merchants.submit(owner.id(), WeChatPayMerchantId.of("1230000109"), null, "first-" + owner.id());
		TgUser operator = operatorOf(owner, 830_000_052L, "Otto");

		// the operator: no button, a forged one and the domain refuse alike; nothing changes
		telegram.injectText(operator, "/status");
		SentMessage status = chats.expect(operator, "Your onboarding checklist");
		assertThat(status.buttonTexts()).doesNotContain("🏦 Change merchant IDs");
		// a live button of the operator's own message, its action changed to "merchant": the feature re-checks
		String shop = status.callbackData("🏬 Set up the shop");
		telegram.injectForgedCallback(operator, status.messageId(), shop.substring(0, shop.lastIndexOf(':')) + ":m");
		chats.expect(operator, "Only the account owner can change the merchant IDs");
		assertThatThrownBy(() -> merchants.submit(operator.id(), WeChatPayMerchantId.of("1999999999"), null, "op"))
			.isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo("refused.merchant.owner-only"));
		assertThat(providerDocument(owner).getString("wechatPayMerchantId")).isEqualTo("1230000109");

		// the owner: a change is a review ticket; the IDs in force stay until it is approved
		telegram.injectText(owner, "/status");
		telegram.clickButton(owner, chats.expect(owner, "Your onboarding checklist"), "🏦 Change merchant IDs");
		chats.expect(owner, "WeChat Pay merchant ID");
		telegram.injectText(owner, "1230000117");
		telegram.clickButton(owner, chats.expect(owner, "Tenpay merchant ID"), "Skip »");
		telegram.clickButton(owner, chats.expect(owner, "Please check your answers"), "✅ Submit");
		SentMessage submitted = chats.expect(owner, "Merchant ID change submitted for review");
		String ticketId = submitted.text().replaceAll("(?s).*ticket (RT-[0-9A-F]+).*", "$1");
		ReviewTicket ticket = tickets.findById(ticketId).orElseThrow();
		assertThat(ticket.getSubject()).isEqualTo(ReviewSubject.MERCHANT_CHANGE);
		assertThat(ticket.getSnapshot()).containsEntry("old_wechatPayMerchantId", "1230000109")
			.containsEntry("new_wechatPayMerchantId", "1230000117");
		assertThat(providerDocument(owner).getString("wechatPayMerchantId")).isEqualTo("1230000109");

		decisions.claim(ticketId, "alice");
		decisions.approve(ticketId, "alice", null);
		chats.expect(owner, "Your merchant ID change is approved");
		assertThat(providerDocument(owner).getString("wechatPayMerchantId")).isEqualTo("1230000117");
		// the operator is told as well, as of every decision about the account
		chats.expect(operator, "Your merchant ID change is approved");
	}

	@Test
	void theOwnerRemovesAnOperatorWhoseNextActionIsRefused() {
		TgUser owner = seller(830_000_061L, uscc(8), "Team Owner");
		TgUser operator = operatorOf(owner, 830_000_062L, "Ola");
		telegram.injectText(operator, "/team");
		chats.expect(operator, "Only the account owner can see and manage the team");
		telegram.injectText(operator, "/account");
		chats.expect(operator, "Account information");

		telegram.injectText(owner, "/team");
		SentMessage team = chats.expect(owner, "Team of Team Owner");
		assertThat(team.text()).contains("Owner: ID **** 0061").contains("Operator: Ola, ID **** 0062")
			.doesNotContain("830000062");
		telegram.clickButton(owner, team, "✖ Remove operator 1 (Ola, ID **** 0062)");
		// the confirmation and the result replace the list in place
		SentMessage confirm = chats.edited(team, "Remove operator ID **** 0062?");
		telegram.clickButton(owner, confirm, "Yes, remove");
		chats.edited(team, "was removed and no longer has access");
		assertThat(chats.expect(owner, "Team of Team Owner").text()).contains("No operators yet");
		chats.expect(operator, "You no longer operate the marketplace account of Team Owner");
		assertThat(onboarding.providerOf(owner.id()).isOperator(operator.id())).isFalse();

		// at once: the next command and a button of an earlier message are refused, nothing is shown
		telegram.injectText(operator, "/account");
		SentMessage refused = chats.expect(operator, "Please complete the company information");
		assertThat(refused.text()).doesNotContain("Team Owner");
		assertThatThrownBy(() -> onboarding.startFeePayment(operator.id())).isInstanceOf(Refused.class);
		// the confirmation pressed again (a double tap, a replay) changes nothing
		String replay = telegram.injectForgedCallback(owner, confirm.messageId(), confirm.callbackData("Yes, remove"));
		assertThat(Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> telegram.callbackAnswers().stream().filter(a -> a.callbackQueryId().equals(replay)).findFirst(),
					java.util.Optional::isPresent)
			.get()
			.text()).startsWith("Already done");
		// and a forged removal with a live nonce is checked in the domain: no longer an operator
		assertThatThrownBy(() -> teams.remove(owner.id(), operator.id())).isInstanceOf(Refused.class);
	}

	@Test
	void phoneNumbersAreSealedAtRestInProvidersSessionsTicketsAndOrders() {
		TgUser owner = seller(830_000_071L, uscc(9), "Phone Owner");
		Document provider = providerDocument(owner);
		assertThat(provider.getString("contactPhone")).startsWith("v1:");
		assertThat(provider.getString("contactPhoneHash")).hasSize(64);
		assertThat(provider.toJson()).doesNotContain("13812345678");
		assertThat(onboarding.providerOf(owner.id()).getContactPhone()).isEqualTo("+8613812345678");

		// a new contact phone in an account change: sealed in the session's draft and in the ticket
		telegram.injectText(owner, "/account");
		telegram.clickButton(owner, chats.expect(owner, "Account information"), "✏️ Change account information");
		telegram.clickButton(owner, chats.expect(owner, "What do you want to change?"), "👤 Contacts");
		chats.expect(owner, "contact person");
		telegram.injectText(owner, "Grace Hopper");
		chats.expect(owner, "phone number");
		telegram.injectText(owner, "139 1234 5678");
		SentMessage email = chats.expect(owner, "e-mail address");
		assertThat(mongo.getCollection("chat_sessions").find(new Document("_id", owner.id() + ":" + owner.id())).first().toJson())
			.doesNotContain("13912345678");
		telegram.clickButton(owner, email, "Skip »");
		SentMessage summary = chats.expect(owner, "Please check your answers");
		assertThat(summary.text()).contains("+86 139****5678").doesNotContain("13912345678");
		telegram.clickButton(owner, summary, "✅ Submit");
		String ticketId = chats.expect(owner, "Change submitted for review").text().replaceAll("(?s).*ticket (RT-[0-9A-F]+).*", "$1");
		Document ticket = mongo.getCollection("review_tickets").find(new Document("_id", ticketId)).first();
		assertThat(ticket.get("snapshot", Document.class).getString("new_contactPhone")).startsWith("v1:");
		assertThat(ticket.toJson()).doesNotContain("13912345678").doesNotContain("13812345678");
		assertThat(tickets.findById(ticketId).orElseThrow().getSnapshot()).containsEntry("new_contactPhone", "+8613912345678");
		decisions.claim(ticketId, "alice");
		decisions.approve(ticketId, "alice", null);
		chats.expect(owner, "Your account information change is approved");
		assertThat(onboarding.providerOf(owner.id()).getContactPhone()).isEqualTo("+8613912345678");
		assertThat(providerDocument(owner).toJson()).doesNotContain("13912345678");

		// a requirement form's phone
		String providerId = onboarding.providerOf(owner.id()).getId();
		var created = orders.create(new NewOrder("MK-SEC-1", "100012345678", providerId, "P-OPS-1", "Server health check",
				"Standard", new BigDecimal("1999.5"), Instant.now()));
		orders.linkBuyer(created.token(), 830_000_072L);
		orders.submitRequirements(created.order().getId(), 830_000_072L,
				Requirements.of("Migrate MySQL 5.7 to 8.0", "13700001111", null));
		Document order = mongo.getCollection("orders").find(new Document("_id", created.order().getId())).first();
		assertThat(order.get("requirements", Document.class).getString("contactPhone")).startsWith("v1:");
		assertThat(order.toJson()).doesNotContain("13700001111");
		assertThat(orderRepository.findById(created.order().getId()).orElseThrow().getRequirements().contactPhone()).isEqualTo("+8613700001111");
	}

	@Test
	void aProviderStoredWithAClearPhoneIsStillReadAndSealedOnItsNextSave() {
		TgUser owner = seller(830_000_081L, uscc(10), "Legacy Owner");
		mongo.getCollection("providers")
			.updateOne(new Document("operators.telegramUserId", owner.id()),
					new Document("$set", new Document("contactPhone", "+8613600002222")).append("$unset",
							new Document("contactPhoneHash", "")));
		assertThat(onboarding.providerOf(owner.id()).getContactPhone()).isEqualTo("+8613600002222");
		telegram.injectText(owner, "/account");
		assertThat(chats.expect(owner, "Account information").text()).contains("+86 136****2222");
		teams.invite(owner.id(), Duration.ofDays(1));
		Document migrated = providerDocument(owner);
		assertThat(migrated.getString("contactPhone")).startsWith("v1:");
		assertThat(migrated.getString("contactPhoneHash")).hasSize(64);
		assertThat(onboarding.providerOf(owner.id()).getContactPhone()).isEqualTo("+8613600002222");
	}

	@Test
	void theOwnerChangesTheBankAccountThroughAccountAndItAppliesOnlyWhenApproved() {
		TgUser owner = seller(830_000_091L, uscc(11), "Bank Owner");
		String sealedBefore = providerDocument(owner).getString("bankAccountSealed");
		telegram.injectText(owner, "/account");
		SentMessage account = chats.expect(owner, "Account information");
		assertThat(account.text()).contains("Settlement account: Bank Owner, China Merchants Bank Fuzhou Branch, **** **** 2233")
			.doesNotContain("6222020200112233");
		telegram.clickButton(owner, account, "✏️ Change account information");
		telegram.clickButton(owner, chats.expect(owner, "What do you want to change?"), "🏦 Settlement bank account");
		chats.expect(owner, "account holder");
		telegram.injectText(owner, "Bank Owner Ltd");
		chats.expect(owner, "Which bank");
		telegram.injectText(owner, "ICBC");
		chats.expect(owner, "Which branch");
		telegram.injectText(owner, "Gulou Branch");
		chats.expect(owner, "account number");
		telegram.injectText(owner, "6222 0000 9999 4444");
		SentMessage summary = chats.expect(owner, "Please check your answers");
		assertThat(summary.text()).contains("**** **** 4444").doesNotContain("6222000099994444");
		assertThat(mongo.getCollection("chat_sessions").find(new Document("_id", owner.id() + ":" + owner.id())).first().toJson())
			.doesNotContain("6222000099994444");
		telegram.clickButton(owner, summary, "✅ Submit");
		String ticketId = chats.expect(owner, "Change submitted for review").text().replaceAll("(?s).*ticket (RT-[0-9A-F]+).*", "$1");
		assertThat(mongo.getCollection("review_tickets").find(new Document("_id", ticketId)).first().toJson())
			.doesNotContain("6222000099994444")
			.doesNotContain("6222020200112233");
		assertThat(providerDocument(owner).getString("bankAccountSealed")).isEqualTo(sealedBefore);

		decisions.claim(ticketId, "alice");
		decisions.approve(ticketId, "alice", null);
		chats.expect(owner, "Your account information change is approved");
		Document after = providerDocument(owner);
		assertThat(after.getString("bankAccountMasked")).isEqualTo("**** **** 4444");
		assertThat(after.getString("bankName")).isEqualTo("ICBC");
		assertThat(cipher.decrypt(after.getString("bankAccountSealed"))).isEqualTo("6222000099994444");
	}

	@Test
	void groupsGetNoContactDetailsNoInvitationLinkAndNoMenu() {
		TgUser owner = seller(830_000_021L, uscc(4), "Group Owner");
		long group = -100_830_000_021L;
		for (String command : new String[] { "/account", "/invite", "/review", "/status", "/team", "/orders", "/start" }) {
			telegram.injectText(group, owner, command);
		}
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> telegram.messages(group).stream().filter(m -> m.text().contains("private chat")).count() == 7);
		assertThat(telegram.messages(group)).allSatisfy(m -> {
			assertThat(m.text()).contains("Please use me in a private chat")
				.doesNotContain("Group Owner")
				.doesNotContain("invite_")
				.doesNotContain("138");
			assertThat(m.hasKeyboard()).isFalse();
		});
		// /help is harmless in a group
		telegram.injectText(group, owner, "/help");
		telegram.awaitMessage(group, m -> m.text().contains("How I can help"), Duration.ofSeconds(10));
		// the same owner in the private chat still gets the link
		telegram.injectText(owner, "/invite");
		assertThat(chats.expect(owner, "one-time link").text()).contains("invite_");
	}

	@Test
	void messagesInTheNameOfAChatAreRefused() {
		TgUser owner = seller(830_000_031L, uscc(5), "Anon Owner");
		long group = -100_830_000_031L;
		// an anonymous group admin: Telegram sends @GroupAnonymousBot as "from" and the group as sender_chat
		telegram.injectRaw("""
				{"message": {"message_id": 7, "from": {"id": 1087968824, "is_bot": true, "first_name": "Group",
				  "username": "GroupAnonymousBot"}, "sender_chat": {"id": %d, "type": "supergroup", "title": "Ops"},
				 "chat": {"id": %d, "type": "supergroup", "title": "Ops"}, "date": %d, "text": "/account"}}
				""".formatted(group, group, Instant.now().getEpochSecond()));
		SentMessage answer = telegram.awaitMessage(group, m -> m.text().contains("in the name of a group"),
				Duration.ofSeconds(10));
		assertThat(answer.text()).doesNotContain("Anon Owner");
		// a channel's post in its discussion group, sent by the owner's account as sender_chat: refused as well
		telegram.injectRaw("""
				{"message": {"message_id": 8, "from": {"id": %d, "is_bot": false, "first_name": "Anon"},
				 "sender_chat": {"id": -1009999, "type": "channel", "title": "News"},
				 "chat": {"id": %d, "type": "supergroup", "title": "Ops"}, "date": %d, "text": "/status"}}
				""".formatted(owner.id(), group, Instant.now().getEpochSecond()));
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> telegram.messages(group).stream().filter(m -> m.text().contains("in the name of a group")).count() == 2);
		assertThat(telegram.messages(group)).noneMatch(m -> m.text().contains("checklist"));
	}

	@Test
	void forgedButtonDataIsAnsweredAsStaleWithoutAStackTrace(CapturedOutput output) {
		TgUser seller = seller(830_000_041L, uscc(6), "Forge Ops");
		telegram.injectText(seller, "/products");
		SentMessage list = chats.expect(seller, "My products");
		for (String data : new String[] { "p:l:x", "p:l:99999999999999999999", "zz:1:2", "p", "s", "ac", ":::", "d:x:y:z:w" }) {
			String id = telegram.injectForgedCallback(seller, list.messageId(), data);
			CallbackAnswer answer = Awaitility.await()
				.atMost(Duration.ofSeconds(10))
				.until(() -> telegram.callbackAnswers().stream().filter(a -> a.callbackQueryId().equals(id)).findFirst(),
						java.util.Optional::isPresent)
				.get();
			assertThat(answer.text()).as(data).isIn("This button is no longer active.", null);
		}
		assertThat(telegram.callbackAnswers().stream().filter(a -> a.data().equals("p:l:x")).findFirst().orElseThrow().text())
			.isEqualTo("This button is no longer active.");
		assertThat(output.getAll()).doesNotContain("NumberFormatException")
			.doesNotContain("Handling update")
			.doesNotContain("p:l:x")
			.doesNotContain("99999999999999999999");
		assertThat(telegram.messages(seller.chatId())).noneMatch(m -> m.text().contains("something went wrong"));
	}

	private TgUser seller(long id, String uscc, String company) {
		TgUser user = new TgUser(id, company.split(" ")[0], "en");
		telegram.injectText(user, "/start");
		chats.expect(user, "Cloud Marketplace assistant");
		providers.registerCompany(company(uscc, company), user.id(), "seed-" + user.id());
		var payment = onboarding.startFeePayment(user.id());
		onboarding.confirmFeePayment(payment.reference(), new BigDecimal("5000"), "PAY-" + user.id());
		return user;
	}

	/** A colleague who joins the owner's account through an invitation link, in chat. */
	private TgUser operatorOf(TgUser owner, long id, String name) {
		TgUser operator = new TgUser(id, name, "en");
		telegram.injectText(owner, "/invite");
		String text = chats.expect(owner, "one-time link").text();
		String token = text.substring(text.indexOf("invite_") + 7).split("\\s")[0];
		telegram.injectText(operator, "/start invite_" + token);
		chats.expect(operator, "You now operate the marketplace account");
		return operator;
	}

	private Document providerDocument(TgUser owner) {
		return mongo.getCollection("providers").find(new Document("operators.telegramUserId", owner.id())).first();
	}

	static CompanyDetails company(String uscc, String company) {
		return new CompanyDetails(company, UnifiedSocialCreditCode.of(uscc), "Ada Lovelace", PhoneNumber.of("13812345678"),
				null, company, "China Merchants Bank", "Fuzhou Branch", BankAccountNumber.of("6222020200112233"));
	}

	/** A distinct valid Unified Social Credit Code: 17 chosen characters and the GB 32100 check character. */
	static String uscc(int n) {
		String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
		StringBuilder code = new StringBuilder("91350100");
		for (int i = 0, rest = 830_000 + n; i < 9; i++, rest /= 31) {
			code.append(alphabet.charAt(rest % 31));
		}
		for (char check : alphabet.toCharArray()) {
			if (UnifiedSocialCreditCode.isValid(code.toString() + check)) {
				return code.toString() + check;
			}
		}
		throw new IllegalStateException("no check character");
	}

}
