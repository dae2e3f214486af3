package dev.marketassist.bot.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.marketassist.product.Product;
import dev.marketassist.product.ProductStatus;
import dev.marketassist.product.Products;
import dev.marketassist.provider.OnboardingManagement;
import dev.marketassist.provider.Provider;
import org.awaitility.Awaitility;
import dev.marketassist.testing.ChatExpectations;
import dev.marketassist.testing.SentMessage;
import dev.marketassist.testing.StandInBotApi;
import dev.marketassist.testing.TgUser;
import dev.marketassist.testing.RestCalls;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import dev.marketassist.dialogs.order.OrderButtons;
import dev.marketassist.dialogs.session.ChatSessions;

/**
 * One ops-service order from the marketplace's REST call to completion, through the stand-in Bot
 * API: the buyer (Chinese) opens the one-time link and fills in the requirement form; the provider's
 * operator (English) reads it and starts; the buyer says "not done yet" once, then confirms. Each
 * side sees the status in its own words; strangers, forged buttons and bad links are refused. An
 * order of an ops product the seller listed in chat asks the buyer the product's requirement-form
 * fields, and the provider reads the answers in the template's order.
 */
class OrderEndToEndTests {

	static final ObjectMapper json = new ObjectMapper();

	/** A reviewer who works through a reviewers' tool (REST). */
	static final String REVIEWER = "830000201";

	static StandInBotApi telegram;

	static ConfigurableApplicationContext app;

	static Provider provider;

	final TgUser operator = new TgUser(81_000_001, "Olga", "en");

	final TgUser buyer = new TgUser(82_000_001, "李雷", "zh-hans");

	final TgUser stranger = new TgUser(83_000_001, "Eve", "en");

	private final ChatExpectations chats = new ChatExpectations(telegram);

	@BeforeAll
	static void start() {
		telegram = StandInBotApi.start(OrderApps.TOKEN);
		app = OrderApps.start(telegram, null, "--market.orders.sweep-initial-delay=1h", "--market.reviewers.ids=" + REVIEWER);
		provider = OrderApps.provider(app, 81_000_001);
	}

	@AfterAll
	static void stop() {
		app.close();
		telegram.close();
	}

	@Test
	void takesAnOrderFromTheMarketplaceToConfirmedCompletion() throws Exception {
		telegram.injectText(operator, "/start");
		telegram.awaitText(operator.chatId(), "Cloud Marketplace assistant");

		HttpResponse<String> refused = post("{}", null);
		assertThat(refused.statusCode()).isEqualTo(401);
		HttpResponse<String> created = post(order("MK-2026-0001"), OrderApps.API_KEY);
		assertThat(created.statusCode()).isEqualTo(201);
		JsonNode body = json.readTree(created.body());
		assertThat(body.path("status").asText()).isEqualTo("AWAITING_START");
		String start = body.path("buyerLink").path("startParameter").asText();
		assertThat(body.path("buyerLink").path("url").asText()).isEqualTo("https://t.me/market_test_bot?start=" + start);
		assertThat(body.path("buyerLink").path("startCommand").asText()).isEqualTo("/start " + start);
		String id = body.path("id").asText();
		assertThat(post(order("MK-2026-0001"), OrderApps.API_KEY).statusCode()).as("idempotent").isEqualTo(200);

		SentMessage news = telegram.awaitText(operator.chatId(), "New paid order MK-2026-0001");
		assertThat(news.text()).contains("Server health check (P-OPS-1) · Standard · 1 month · ¥1999.00");

		telegram.injectText(stranger, "/start order_" + id + "-notTheRightSecret000000");
		telegram.awaitText(stranger.chatId(), "This order link is not valid");

		telegram.injectText(buyer, "/start " + start);
		telegram.awaitText(buyer.chatId(), "订单 MK-2026-0001 已关联到本聊天");
		SentMessage card = telegram.awaitText(buyer.chatId(), "状态：待服务 · 尚未填写需求表单（可选）");
		telegram.injectText(stranger, "/start " + start);
		telegram.awaitText(stranger.chatId(), "already used by another Telegram account");

		telegram.clickButton(buyer, card, "📝 填写需求表单");
		telegram.awaitText(buyer.chatId(), "需要服务商做什么");
		telegram.injectText(buyer, "把 MySQL 5.7 迁移到 8.0 <主从>");
		telegram.awaitText(buyer.chatId(), "联系电话");
		telegram.injectText(buyer, "139 1234 5678");
		SentMessage when = telegram.awaitText(buyer.chatId(), "您希望什么时间实施");
		telegram.clickButton(buyer, when, "跳过 »");
		SentMessage summary = telegram.awaitText(buyer.chatId(), "请核对您填写的内容");
		telegram.clickButton(buyer, summary, "✅ 提交");
		telegram.awaitText(buyer.chatId(), "需求表单已发送给服务商");
		telegram.awaitText(buyer.chatId(), "状态：待服务 · 需求已提交");

		SentMessage form = telegram.awaitText(operator.chatId(), "The buyer sent the requirement form for order MK-2026-0001");
		assertThat(form.text()).contains("Requirement: 把 MySQL 5.7 迁移到 8.0 <主从>").contains("Contact phone: +8613912345678");

		telegram.injectText(operator, "/orders");
		SentMessage overview = telegram.awaitText(operator.chatId(), "Orders of 福州云测科技有限公司");
		assertThat(overview.text()).contains("• Awaiting start: 1").contains("• Completed: 0");
		telegram.clickButton(operator, overview, "Awaiting start (1)");
		SentMessage list = telegram.awaitMessage(operator.chatId(), m -> m.text().startsWith("Awaiting start (1)"));
		telegram.clickButton(operator, list, "MK-2026-0001 · Awaiting start");
		SentMessage providerCard = telegram.awaitMessage(operator.chatId(),
				m -> m.text().contains("Status: Awaiting start · requirement received"));
		assertThat(providerCard.text()).contains("Buyer account: 100012345678 · linked in chat").contains("Please start by the end of");

		// forged presses with the stranger's own live nonce (so they reach the feature, which re-checks the order)
		forgeOnAFreshMenu(stranger, OrderButtons.START_YES, id);
		telegram.awaitText(stranger.chatId(), "This order is not yours");
		int refusedOnce = telegram.lastMessage(stranger.chatId()).messageId();
		forgeOnAFreshMenu(stranger, OrderButtons.VIEW, id);
		telegram.awaitMessage(stranger.chatId(), m -> m.text().contains("This order is not yours") && m.messageId() > refusedOnce + 1);

		telegram.clickButton(operator, providerCard, "▶️ Start implementation");
		SentMessage ask = telegram.awaitText(operator.chatId(), "Start implementation of order MK-2026-0001?");
		// a double tap on "Yes, start": the order starts once, the second tap is "already done"
		telegram.clickButton(operator, ask, "Yes, start");
		telegram.clickButton(operator, ask, "Yes, start");
		SentMessage inProgress = telegram.awaitText(operator.chatId(), "Status: In progress");
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(telegram.callbackAnswers())
				.filteredOn(answer -> answer.chatId() == operator.chatId() && ask.callbackData("Yes, start").equals(answer.data()))
				.extracting(dev.marketassist.testing.CallbackAnswer::text)
				.contains("Already done: this button was used, or a newer message replaced it."));
		assertThat(telegram.messages(operator.chatId())).noneMatch(m -> m.text().contains("cannot be started now"))
			.filteredOn(m -> m.text().contains("Implementation of order MK-2026-0001 started"))
			.hasSize(1);
		telegram.awaitText(buyer.chatId(), "服务商已开始处理您的订单 MK-2026-0001（Server health check）。状态：服务中");

		telegram.clickButton(operator, inProgress, "✅ Mark done");
		telegram.clickButton(operator, telegram.awaitText(operator.chatId(), "Mark order MK-2026-0001 as done?"), "Yes, it is done");
		telegram.awaitText(operator.chatId(), "Status: Awaiting buyer confirmation");
		SentMessage finished = telegram.awaitText(buyer.chatId(), "服务商已完成您的订单 MK-2026-0001");
		assertThat(finished.buttonTexts()).contains("✅ 确认完成", "✋ 尚未完成");

		telegram.clickButton(buyer, finished, "✋ 尚未完成");
		telegram.awaitText(buyer.chatId(), "哪里尚未完成？");
		telegram.injectText(buyer, "从库没有同步");
		telegram.clickButton(buyer, telegram.awaitText(buyer.chatId(), "原因：从库没有同步"), "✅ 提交");
		telegram.awaitText(buyer.chatId(), "已将您的原因转给服务商");
		SentMessage disputed = telegram.awaitText(operator.chatId(), "The buyer says order MK-2026-0001 is not done yet");
		assertThat(disputed.text()).contains("Status: In progress").contains("Reason: 从库没有同步");

		telegram.clickButton(operator, disputed, "✅ Mark done");
		telegram.clickButton(operator, telegram.awaitMessage(operator.chatId(),
				m -> m.messageId() >= disputed.messageId() && m.text().contains("Mark order MK-2026-0001 as done?")), "Yes, it is done");
		SentMessage again = telegram.awaitMessage(buyer.chatId(),
				m -> m.messageId() > finished.messageId() && m.text().contains("服务商已完成您的订单 MK-2026-0001"));
		telegram.clickButton(buyer, again, "✅ 确认完成");
		telegram.clickButton(buyer, telegram.awaitText(buyer.chatId(), "确认订单 MK-2026-0001 已完成吗？"), "确定，确认完成");
		SentMessage completed = telegram.awaitText(buyer.chatId(), "谢谢！订单 MK-2026-0001 已完成");
		assertThat(completed.text()).contains("状态：分配完成");
		telegram.awaitText(operator.chatId(), "The buyer confirmed order MK-2026-0001. Status: Completed.");

		telegram.clickButton(buyer, completed, "« 订单列表");
		telegram.awaitMessage(buyer.chatId(), m -> m.text().contains("您的订单") && m.text().contains("MK-2026-0001 · Server health check"));

		JsonNode read = json.readTree(get("MK-2026-0001").body());
		assertThat(read.path("status").asText()).isEqualTo("COMPLETED");
		assertThat(read.path("requirements").path("contactPhone").asText()).isEqualTo("+8613912345678");
		assertThat(read.path("history").findValuesAsText("trigger")).containsExactly("PAY", "LINK_BUYER", "SUBMIT_REQUIREMENTS", "START",
				"FINISH", "DISPUTE", "FINISH", "CONFIRM");
		assertThat(read.path("history").get(5).path("by").asText()).isEqualTo("BUYER");
		assertThat(read.path("history").get(0).path("via").asText()).as("the REST client that reported it").isEqualTo("marketplace");
		assertThat(read.path("history").get(5).path("via").isNull()).isTrue();
		assertThat(read.path("history").get(5).path("reason").asText()).isEqualTo("从库没有同步");
		assertThat(get("MK-unknown").statusCode()).isEqualTo(404);
		assertThat(telegram.unansweredCallbackQueries()).isEmpty();
	}

	@Test
	void showsAnEnglishBuyerAndAChineseProviderTheirOwnWords() throws Exception {
		TgUser laoWang = new TgUser(81_000_002, "老王", "zh-hans");
		TgUser ada = new TgUser(82_000_002, "Ada", "en");
		telegram.injectText(laoWang, "/start");
		telegram.awaitText(laoWang.chatId(), "云市场助手");
		Provider other = OrderApps.provider(app, laoWang.id(), "9144030071526726XG");
		JsonNode body = json.readTree(post(order("MK-2026-0002", other), OrderApps.API_KEY).body());
		SentMessage news = telegram.awaitText(laoWang.chatId(), "新的已支付订单 MK-2026-0002");
		assertThat(news.text()).contains("请在").contains("当天结束前开始实施");

		telegram.injectText(ada, "/start " + body.path("buyerLink").path("startParameter").asText());
		telegram.awaitText(ada.chatId(), "Order MK-2026-0002 is now linked to this chat");
		telegram.awaitText(ada.chatId(), "Status: Awaiting service · requirement form not filled in (optional)");

		telegram.clickButton(laoWang, news, "▶️ 开始实施");
		telegram.clickButton(laoWang, telegram.awaitText(laoWang.chatId(), "确定开始实施订单 MK-2026-0002 吗？"), "确定，开始实施");
		SentMessage started = telegram.awaitText(laoWang.chatId(), "状态：实施中 · 尚无需求表单");
		telegram.awaitText(ada.chatId(), "The provider started work on your order MK-2026-0002 (Server health check). Status: In service.");

		telegram.clickButton(laoWang, started, "✅ 实施完成");
		telegram.clickButton(laoWang, telegram.awaitText(laoWang.chatId(), "确定将订单 MK-2026-0002 标记为实施完成吗？"), "确定，已完成");
		telegram.awaitText(laoWang.chatId(), "状态：待买家确认");
		SentMessage finished = telegram.awaitText(ada.chatId(), "The provider finished your order MK-2026-0002");
		telegram.clickButton(ada, finished, "🧾 Open the order");
		SentMessage card = telegram.awaitText(ada.chatId(), "Status: Please confirm completion");
		assertThat(card.text()).contains("Without an answer it is confirmed automatically on").contains("(15 days left)");
		telegram.clickButton(ada, card, "✅ Confirm completion");
		telegram.clickButton(ada, telegram.awaitText(ada.chatId(), "Confirm that order MK-2026-0002 is complete?"), "Yes, confirm");
		telegram.awaitText(ada.chatId(), "Status: Completed");
		telegram.awaitText(laoWang.chatId(), "买家已确认订单 MK-2026-0002。状态：已完成。");
	}

	@Test
	void theRequirementFormOfAListedOpsProductAsksItsTemplatesFields() throws Exception {
		TgUser sam = new TgUser(81_000_003, "Sam", "en");
		TgUser meimei = new TgUser(82_000_003, "韩梅梅", "zh-hans");
		telegram.injectText(sam, "/start");
		chats.expect(sam, "Cloud Marketplace assistant");
		Provider seller = OrderApps.provider(app, sam.id(), "91110108551385082Q");
		OnboardingManagement onboarding = app.getBean(OnboardingManagement.class);
		onboarding.confirmFeePayment(onboarding.startFeePayment(sam.id()).reference(), new BigDecimal("5000"), "PAY-" + sam.id());

		// the seller lists an ops product in chat, its requirement form field by field
		telegram.injectText(sam, "/products");
		telegram.clickButton(sam, chats.expect(sam, "My products"), "➕ New product");
		telegram.clickButton(sam, chats.expect(sam, "service type"), "🛠 Ops service");
		chats.expect(sam, "name");
		telegram.injectText(sam, "Nginx setup");
		chats.expect(sam, "category");
		telegram.injectText(sam, "Operations");
		chats.expect(sam, "logo");
		telegram.injectPhoto(sam, 60_000);
		chats.expect(sam, "Delivery time");
		telegram.injectText(sam, "2");
		chats.expect(sam, "Warranty period");
		telegram.injectText(sam, "30");
		telegram.clickButton(sam, chats.expect(sam, "operating system"), "Linux");
		chats.expect(sam, "requirement form");
		telegram.injectText(sam, "Requirement description");
		chats.expect(sam, "(1 of at most 10)");
		telegram.injectText(sam, "Contact");
		chats.expect(sam, "(2 of at most 10)");
		telegram.injectText(sam, "Server IP");
		telegram.clickButton(sam, chats.expect(sam, "(3 of at most 10)"), "✅ Done");
		chats.expect(sam, "Pricing plans");
		telegram.injectText(sam, "Standard, 1, month, 300, 270");
		telegram.clickButton(sam, chats.expect(sam, "(1 of at most 10)"), "✅ Done");
		chats.expect(sam, "summary");
		telegram.injectText(sam, "Nginx installed and tuned on your servers");
		chats.expect(sam, "details");
		telegram.injectText(sam, "Installation, TLS certificates, reverse proxy rules and a hand-over by certified engineers.");
		chats.expect(sam, "usage document");
		telegram.injectDocument(sam, "guide.pdf", "application/pdf", 40_000);
		telegram.clickButton(sam, chats.expect(sam, "Please check your answers"), "✅ Submit");
		chats.expect(sam, "is submitted for review");
		Products products = app.getBean(Products.class);
		Product product = products.findByProviderIdOrderByCreatedAtAsc(seller.getId()).get(0);
		assertThat(call("/api/reviews/" + product.getReviewTicketId() + "/claim", "{\"reviewer\":\"" + REVIEWER + "\"}").statusCode()).isEqualTo(200);
		assertThat(call("/api/reviews/" + product.getReviewTicketId() + "/approve", "{\"reviewer\":\"" + REVIEWER + "\"}").statusCode())
			.isEqualTo(200);
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> products.findById(product.getId()).orElseThrow().getStatus() == ProductStatus.LISTED);

		// the marketplace reports an order of it: the order keeps the product's form
		String paid = """
				{"orderId": "MK-2026-0003", "buyerAccountId": "100087654321", "providerId": "%s", "productId": "%s",
				 "productName": "Nginx setup", "pricingPlan": "Standard · 1 month", "amount": "270.00", "paidAt": "%s"}
				""".formatted(seller.getId(), product.getId(), Instant.now().minusSeconds(60));
		JsonNode body = json.readTree(post(paid, OrderApps.API_KEY).body());
		assertThat(body.path("formTemplate").toString()).isEqualTo("[\"Requirement description\",\"Contact\",\"Server IP\"]");
		chats.expect(sam, "New paid order MK-2026-0003");

		// the buyer answers the template's fields, one step each (a sticker and a bad phone refused), then a contact phone
		telegram.injectText(meimei, "/start " + body.path("buyerLink").path("startParameter").asText());
		telegram.clickButton(meimei, chats.expect(meimei, "状态：待服务 · 尚未填写需求表单（可选）"), "📝 填写需求表单");
		SentMessage first = chats.expect(meimei, "请填写服务商需求表单中的 Requirement description");
		assertThat(first.text()).contains("第 1 步，共 4 步");
		telegram.injectSticker(meimei);
		SentMessage again = chats.expect(meimei, "请以文字形式输入您的回答");
		assertThat(again.text()).contains("第 1 步，共 4 步").contains("Requirement description");
		telegram.injectText(meimei, "在两台服务器上安装 Nginx <1.24> & 配置 TLS");
		assertThat(chats.expect(meimei, "请填写服务商需求表单中的 Contact").text()).contains("第 2 步，共 4 步");
		telegram.injectText(meimei, "微信 hmm_ops");
		assertThat(chats.expect(meimei, "请填写服务商需求表单中的 Server IP").text()).contains("第 3 步，共 4 步");
		telegram.injectText(meimei, "10.0.0.8, 10.0.0.9");
		assertThat(chats.expect(meimei, "服务商可以拨打的联系电话").text()).contains("第 4 步，共 4 步");
		telegram.injectText(meimei, "12");
		assertThat(chats.expect(meimei, "电话号码格式不正确").text()).contains("第 4 步，共 4 步");
		telegram.injectText(meimei, "139 1234 5678");
		SentMessage summary = chats.expect(meimei, "请核对您填写的内容");
		assertThat(summary.text()).containsSubsequence("Requirement description：在两台服务器上安装 Nginx <1.24> & 配置 TLS",
				"Contact：微信 hmm_ops", "Server IP：10.0.0.8, 10.0.0.9", "联系电话：");
		assertThat(summary.text()).doesNotContain("13912345678");
		telegram.clickButton(meimei, summary, "✅ 提交");
		chats.expect(meimei, "订单 MK-2026-0003 的需求表单已发送给服务商");

		// the provider reads the answers in the template's order
		SentMessage told = chats.expect(sam, "The buyer sent the requirement form for order MK-2026-0003");
		assertThat(told.text()).contains("Requirement description: 在两台服务器上安装 Nginx <1.24> & 配置 TLS\n"
				+ "Contact: 微信 hmm_ops\nServer IP: 10.0.0.8, 10.0.0.9\nContact phone: +8613912345678")
			.doesNotContain("Preferred time");
		telegram.clickButton(sam, told, "📋 Requirement form");
		SentMessage shown = chats.expect(sam, "Requirement form of order MK-2026-0003");
		assertThat(shown.text()).containsSubsequence("Requirement description: ", "Contact: 微信 hmm_ops", "Server IP: 10.0.0.8",
				"Contact phone: +8613912345678");

		JsonNode read = json.readTree(get("MK-2026-0003").body());
		JsonNode form = read.path("requirements");
		assertThat(form.path("answers").findValuesAsText("field")).containsExactly("Requirement description", "Contact", "Server IP");
		assertThat(form.path("answers").findValuesAsText("value")).containsExactly("在两台服务器上安装 Nginx <1.24> & 配置 TLS",
				"微信 hmm_ops", "10.0.0.8, 10.0.0.9");
		assertThat(form.path("contactPhone").asText()).isEqualTo("+8613912345678");
		assertThat(form.path("description").isNull()).isTrue();
		assertThat(telegram.unansweredCallbackQueries()).isEmpty();
	}

	@Test
	void refusesAnInvalidOrderWithAProblemDetail() throws Exception {
		HttpResponse<String> response = post(order("MK 2026").replace("\"1999.00\"", "\"-1\""), OrderApps.API_KEY);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json.readTree(response.body()).path("code").asText()).isEqualTo("invalid.order.reference");
		HttpResponse<String> docs = RestCalls.to(app, null).get("/v3/api-docs");
		assertThat(docs.body()).contains("/api/orders").contains("/api/orders/{orderId}");
	}

	/**
	 * A forged press that reaches the feature: the user opens the main menu (a message whose nonce
	 * is live), and the press carries that nonce with data the bot never gave this user.
	 */
	private static void forgeOnAFreshMenu(TgUser user, OrderButtons action, String... args) {
		int last = telegram.lastMessage(user.chatId()).messageId();
		telegram.injectText(user, "/menu");
		SentMessage menu = telegram.awaitMessage(user.chatId(), m -> m.messageId() > last && m.text().contains("Main menu"));
		java.util.List<String> live = app.getBean(ChatSessions.class).findById(user.id() + ":" + user.id()).orElseThrow().getLiveNonces();
		assertThat(live).isNotEmpty();
		telegram.injectForgedCallback(user, menu.messageId(), OrderButtons.TYPE.encode(action, live.get(live.size() - 1), args));
	}

	private String order(String orderId) {
		return order(orderId, provider);
	}

	private String order(String orderId, Provider provider) {
		return """
				{"orderId": "%s", "buyerAccountId": "100012345678", "providerId": "%s", "productId": "P-OPS-1",
				 "productName": "Server health check", "pricingPlan": "Standard · 1 month", "amount": "1999.00", "paidAt": "%s"}
				""".formatted(orderId, provider.getId(), Instant.now().minusSeconds(60));
	}

	/** A call to the REST API with the API key. */
	private static HttpResponse<String> call(String path, String json) {
		return RestCalls.to(app, OrderApps.API_KEY).post(path, json);
	}

	private static HttpResponse<String> post(String body, String key) {
		return RestCalls.to(app, OrderApps.API_KEY).post("/api/orders", body, key);
	}

	private static HttpResponse<String> get(String orderId) {
		return RestCalls.to(app, OrderApps.API_KEY).get("/api/orders/" + orderId);
	}


}
