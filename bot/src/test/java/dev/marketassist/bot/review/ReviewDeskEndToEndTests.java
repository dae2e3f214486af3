package dev.marketassist.bot.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import dev.marketassist.review.ReviewStatus;
import dev.marketassist.review.ReviewTicket;
import dev.marketassist.review.ReviewTickets;
import dev.marketassist.provider.BankAccountNumber;
import dev.marketassist.provider.CompanyDetails;
import dev.marketassist.provider.OnboardingManagement;
import dev.marketassist.core.input.PhoneNumber;
import dev.marketassist.provider.ProviderManagement;
import dev.marketassist.provider.Providers;
import dev.marketassist.provider.UnifiedSocialCreditCode;
import dev.marketassist.shop.ServiceContact;
import dev.marketassist.shop.ShopManagement;
import dev.marketassist.shop.ShopStatus;
import dev.marketassist.testing.SentMessage;
import dev.marketassist.testing.StandInBotApi;
import dev.marketassist.testing.TgUser;
import dev.marketassist.testing.RestCalls;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The review desk through the stand-in Bot API and the REST API: a reviewer approves a shop in
 * chat and the provider is told it is published; a rejection through the REST API reaches the
 * provider with its reason and "Fix and resubmit" although Telegram failed at first; someone
 * who is not a reviewer is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class ReviewDeskEndToEndTests {

	static final String TOKEN = "123456789:TEST-token_for-the-review-desk";

	static final String API_KEY = "review-api-key-0123456789abcdefghijkl";

	static final StandInBotApi telegram = StandInBotApi.start(TOKEN);

	static final TgUser rita = new TgUser(810_000_001L, "Rita", "en");

	/** A second chat reviewer, reading Chinese. */
	static final TgUser chen = new TgUser(810_000_002L, "Chen Jing", "zh-hans");

	/** Reviewers who work through a reviewers' tool (REST) only. */
	static final String ALICE = "810000201", BOB = "810000202";

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("market.telegram.token", () -> TOKEN);
		registry.add("market.telegram.api-url", telegram::baseUrl);
		registry.add("market.telegram.mode", () -> "polling");
		registry.add("market.api.key", () -> API_KEY);
		registry.add("market.reviewers.ids", () -> rita.id() + "," + chen.id() + "," + ALICE + "," + BOB);
		// Telegram's outage is short here: two attempts, then the recovery sweep every second
		registry.add("market.telegram.sending.max-attempts", () -> "2");
		registry.add("market.telegram.sending.initial-backoff", () -> "50ms");
		registry.add("market.dialogs.sweep-initial-delay", () -> "1s");
		registry.add("market.dialogs.sweep-interval", () -> "1s");
		registry.add("market.dialogs.redeliver-after", () -> "1s");
	}

	@AfterAll
	static void stopTelegram() {
		telegram.close();
	}

	@LocalServerPort
	int port;

	final RestCalls rest = new RestCalls(() -> port, API_KEY);

	@Autowired
	ProviderManagement providers;

	@Autowired
	OnboardingManagement onboarding;

	@Autowired
	ShopManagement shops;

	@Autowired
	ReviewTickets tickets;

	@Autowired
	Providers providerRepository;

	@Test
	void showsReviewersTheReviewCommandInTheirMenu() {
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> assertThat(telegram.commands()
			.entrySet()
			.stream()
			.filter(e -> "chat".equals(e.getKey().scopeType()) && Long.valueOf(rita.id()).equals(e.getKey().chatId())
					&& "zh".equals(e.getKey().languageCode()))
			.flatMap(e -> e.getValue().stream())
			.map(StandInBotApi.RegisteredCommand::command)).contains("review", "start"));
		assertThat(telegram.commands().entrySet().stream().filter(e -> "default".equals(e.getKey().scopeType()))
			.flatMap(e -> e.getValue().stream())
			.map(StandInBotApi.RegisteredCommand::command)).doesNotContain("review");
	}

	@Test
	void aReviewerApprovesAShopInChatAndTheProviderIsToldItIsPublished() {
		TgUser ada = new TgUser(810_000_101L, "Ada", "en");
		ReviewTicket ticket = shopInReview(ada, "91350100M000100Y43", "ACME Cloud", "微信 cloudtest_ops");
		long chat = rita.chatId();

		telegram.injectText(rita, "/review");
		SentMessage queue = telegram.awaitText(chat, "Review queue");
		assertThat(queue.text()).contains("open");
		String label = queue.buttonTexts().stream().filter(text -> text.contains(ticket.getId())).findFirst().orElseThrow();
		telegram.clickButton(rita, queue, label);
		SentMessage view = telegram.awaitMessage(chat, m -> m.text().contains("Review " + ticket.getId()), StandInBotApi.DEFAULT_TIMEOUT);
		assertThat(view.text()).contains("Provider: ACME Cloud")
			.contains("Service scope: Linux operations")
			.contains("Customer service: WeChat cloudtest_ops")
			.contains("Status: open");
		// a double tap on Claim claims once; the second tap is "already done", not "claimed by someone"
		telegram.clickButton(rita, view, "🙋 Claim");
		telegram.clickButton(rita, view, "🙋 Claim");
		SentMessage claimed = telegram.awaitMessage(chat, m -> m.text().contains("Status: claimed"), StandInBotApi.DEFAULT_TIMEOUT);
		Awaitility.await()
			.atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(telegram.callbackAnswers())
				.filteredOn(answer -> answer.chatId() == chat && view.callbackData("🙋 Claim").equals(answer.data()))
				.extracting(dev.marketassist.testing.CallbackAnswer::text)
				.containsExactlyInAnyOrder("You claimed " + ticket.getId() + ".",
						"Already done: this button was used, or a newer message replaced it."));
		assertThat(claimed.buttonTexts()).contains("✅ Approve", "❌ Reject", "↩️ Release");
		assertThat(claimed.text()).contains("Reviewer: you");
		assertThat(tickets.findById(ticket.getId()).orElseThrow().getReviewerName()).isEqualTo("Rita");

		// a second reviewer, reading Chinese, sees who holds the ticket by name, and the contact in Chinese
		telegram.injectText(chen, "/review");
		SentMessage chenQueue = telegram.awaitText(chen.chatId(), "审核队列");
		telegram.clickButton(chen, chenQueue,
				chenQueue.buttonTexts().stream().filter(text -> text.contains(ticket.getId())).findFirst().orElseThrow());
		SentMessage chenView = telegram.awaitMessage(chen.chatId(), m -> m.text().contains("审核单 " + ticket.getId()),
				StandInBotApi.DEFAULT_TIMEOUT);
		assertThat(chenView.text()).contains("状态：审核中")
			.contains("审核人：Rita")
			.contains("客服联系方式：微信 cloudtest_ops")
			.doesNotContain(Long.toString(rita.id()))
			.doesNotContain("WeChat");
		assertThat(chenView.buttonTexts()).noneMatch(text -> text.contains("通过") || text.contains("领取"));
		telegram.clickButton(rita, claimed, "✅ Approve");

		SentMessage result = telegram.awaitText(ada.chatId(), "Your shop is published");
		assertThat(result.text()).contains(ticket.getId());
		Awaitility.await()
			.atMost(Duration.ofSeconds(5))
			.until(() -> shops.shopOf(ticket.getProviderId()).orElseThrow().getStatus() == ShopStatus.PUBLISHED);
		ReviewTicket decided = tickets.findById(ticket.getId()).orElseThrow();
		assertThat(decided.getStatus()).isEqualTo(ReviewStatus.APPROVED);
		assertThat(decided.getReviewer()).isEqualTo(Long.toString(rita.id()));
		assertThat(decided.getSettledAt()).isNotNull();
	}

	@Test
	void aRejectionThroughTheApiReachesTheProviderOnceWithItsReasonAfterTelegramRecovers() throws Exception {
		TgUser bo = new TgUser(810_000_102L, "Bo", "en");
		ReviewTicket ticket = shopInReview(bo, "91110108551385082Q", "Bo Ops");
		String base = "/api/reviews/" + ticket.getId();
		assertThat(post(base + "/claim", "{\"reviewer\":\"" + ALICE + "\"}", "wrong").statusCode()).isEqualTo(401);
		HttpResponse<String> stranger = post(base + "/claim", "{\"reviewer\":\"810000299\"}", API_KEY);
		assertThat(stranger.statusCode()).as("only a configured reviewer may act").isEqualTo(403);
		assertThat(stranger.body()).contains("not a configured reviewer");
		assertThat(post(base + "/claim", "{\"reviewer\":\"alice\"}", API_KEY).statusCode()).isEqualTo(403);
		assertThat(post(base + "/approve", "{\"reviewer\":\"" + ALICE + "\"}", API_KEY).body()).contains("refused.review.approve");
		assertThat(post(base + "/claim", "{\"reviewer\":\"" + ALICE + "\"}", API_KEY).statusCode()).isEqualTo(200);
		assertThat(tickets.findById(ticket.getId()).orElseThrow().reviewerShown())
			.as("other reviewers read a REST claim by the client's name").isEqualTo("marketplace");
		HttpResponse<String> taken = post(base + "/claim", "{\"reviewer\":\"" + BOB + "\"}", API_KEY);
		assertThat(taken.statusCode()).isEqualTo(409);
		assertThat(taken.body()).contains("refused.review.taken");
		assertThat(post(base + "/reject", "{\"reviewer\":\"" + ALICE + "\"}", API_KEY).statusCode()).isEqualTo(400);
		assertThat(post("/api/reviews/RT-NOPE/claim", "{\"reviewer\":\"" + ALICE + "\"}", API_KEY).statusCode()).isEqualTo(404);

		telegram.failNext("sendmessage", 3, 502, "Bad Gateway");
		HttpResponse<String> rejected = post(base + "/reject",
				"{\"reviewer\":\"" + ALICE + "\",\"reasonCode\":\"incomplete\",\"reason\":\"Add the ICP licence number\"}", API_KEY);
		assertThat(rejected.statusCode()).isEqualTo(200);
		assertThat(rejected.body()).contains("\"status\":\"REJECTED\"");
		assertThat(post(base + "/reject", "{\"reviewer\":\"" + ALICE + "\",\"reason\":\"again\"}", API_KEY).statusCode())
			.as("the same decision again changes nothing").isEqualTo(200);

		SentMessage result = telegram.awaitMessage(bo.chatId(), m -> m.text().contains("Your shop was not approved"),
				Duration.ofSeconds(15));
		assertThat(result.text())
			.contains("Reason: Required information is missing or incomplete — Add the ICP licence number");
		assertThat(result.buttonTexts()).containsExactly("✏️ Fix and resubmit");
		Awaitility.await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> true);
		assertThat(telegram.messages(bo.chatId()).stream().filter(m -> m.text().contains("Your shop was not approved")))
			.as("sent once as the user sees it").hasSize(1);
		assertThat(shops.shopOf(ticket.getProviderId()).orElseThrow().getStatus()).isEqualTo(ShopStatus.REJECTED);

		telegram.clickButton(bo, result, "✏️ Fix and resubmit");
		telegram.awaitText(bo.chatId(), "service scope");
	}

	@Test
	void someoneWhoIsNotAReviewerIsRefusedTheDesk() {
		TgUser olaf = new TgUser(810_000_103L, "Olaf", "en");
		telegram.injectText(olaf, "/review");
		telegram.awaitText(olaf.chatId(), "Only platform reviewers can use the review desk");
		assertThat(telegram.messages(olaf.chatId())).singleElement()
			.satisfies(m -> assertThat(m.text()).doesNotContain("Review queue"));
	}

	@Test
	void anAccountChangeStaysPendingUntilApprovedAndThenComesIntoForce() throws Exception {
		TgUser cy = new TgUser(810_000_104L, "Cy", "en");
		ReviewTicket shop = shopInReview(cy, "9144030071526726XG", "Cy Cloud");
		long chat = cy.chatId();
		telegram.injectText(cy, "/account");
		SentMessage account = telegram.awaitText(chat, "Account information");
		assertThat(account.text()).contains("Contact person: Ada Lovelace").contains("+86 138****5678").doesNotContain("13812345678")
			.contains("Customer service: QQ 12345678");
		telegram.clickButton(cy, account, "✏️ Change account information");
		telegram.clickButton(cy, telegram.awaitText(chat, "What do you want to change?"), "👤 Contacts");
		telegram.awaitText(chat, "new contact person");
		telegram.injectText(cy, "Grace Hopper");
		telegram.awaitText(chat, "contact phone number");
		telegram.injectText(cy, "13912345678");
		telegram.clickButton(cy, telegram.awaitText(chat, "contact e-mail address"), "Skip »");
		telegram.clickButton(cy, telegram.awaitText(chat, "Please check your answers"), "✅ Submit");
		SentMessage submitted = telegram.awaitText(chat, "Change submitted for review");
		assertThat(submitted.text()).containsPattern("Expected decision by the end of \\d{4}-\\d{2}-\\d{2} \\(3 working days\\)");
		String ticket = submitted.text().replaceAll("(?s).*ticket (RT-[0-9A-F]+).*", "$1");
		assertThat(providerRepository.findById(shop.getProviderId()).orElseThrow().getContactName())
			.as("the old values stay in force").isEqualTo("Ada Lovelace");

		String detail = get("/api/reviews/" + ticket);
		assertThat(detail).contains("\"old_contactName\":\"Ada Lovelace\"").contains("\"new_contactName\":\"Grace Hopper\"");
		assertThat(post("/api/reviews/" + ticket + "/claim", "{\"reviewer\":\"" + ALICE + "\"}", API_KEY).statusCode()).isEqualTo(200);
		assertThat(post("/api/reviews/" + ticket + "/approve", "{\"reviewer\":\"" + ALICE + "\"}", API_KEY).statusCode()).isEqualTo(200);
		telegram.awaitText(chat, "Your account information change is approved");
		var provider = providerRepository.findById(shop.getProviderId()).orElseThrow();
		assertThat(provider.getContactName()).isEqualTo("Grace Hopper");
		assertThat(provider.getContactPhone()).isEqualTo("+8613912345678");
	}

	private String get(String path) {
		return rest.get(path).body();
	}

	/** A provider whose fee is paid, its operator speaking English, and its shop in review. */
	private ReviewTicket shopInReview(TgUser owner, String uscc, String company) {
		return shopInReview(owner, uscc, company, "QQ 12345678");
	}

	private ReviewTicket shopInReview(TgUser owner, String uscc, String company, String contact) {
		telegram.injectText(owner, "/start");
		telegram.awaitText(owner.chatId(), "Cloud Marketplace assistant");
		providers.registerCompany(new CompanyDetails(company, UnifiedSocialCreditCode.of(uscc), "Ada Lovelace",
				PhoneNumber.of("13812345678"), null, company, "China Merchants Bank", "Fuzhou Branch",
				BankAccountNumber.of("6222020200112233")), owner.id(), "seed-" + owner.id());
		var payment = onboarding.startFeePayment(owner.id());
		onboarding.confirmFeePayment(payment.reference(), new BigDecimal("5000"), "PAY-" + owner.id());
		var submitted = shops.submit(owner.id(), "Linux operations for SMEs", "24/7 on call", ServiceContact.of(contact),
				List.of());
		assertThat(submitted.ticket().getStatus()).isEqualTo(ReviewStatus.OPEN);
		return submitted.ticket();
	}

	private HttpResponse<String> post(String path, String json, String key) {
		return rest.post(path, json, key);
	}

}
