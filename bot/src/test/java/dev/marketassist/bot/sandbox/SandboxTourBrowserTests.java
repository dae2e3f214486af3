package dev.marketassist.bot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import dev.marketassist.product.Product;
import dev.marketassist.dialogs.Conversation;
import dev.marketassist.dialogs.session.ChatSession;
import dev.marketassist.order.Order;
import dev.marketassist.order.OrderStatus;
import dev.marketassist.review.ReviewSubject;
import dev.marketassist.review.ReviewTicket;
import dev.marketassist.provider.BankAccountNumber;
import dev.marketassist.provider.CompanyDetails;
import dev.marketassist.core.input.PhoneNumber;
import dev.marketassist.provider.Provider;
import dev.marketassist.provider.ProviderManagement;
import dev.marketassist.provider.UnifiedSocialCreditCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The README's tour ("Try it in 3 minutes") in a real headless Chromium, with the README's sample
 * values, without leaving the page: Seller A onboards, pays through "Sandbox: simulate payment",
 * opens a merchant account and a shop; Reviewer C (a reviewer in the sandbox without
 * configuration) approves the shop; Seller A submits an ops product, which Reviewer C approves;
 * "Sandbox: create a test order" gives Buyer B the link, Buyer B fills in the form, Seller A
 * starts and finishes, Buyer B confirms. Along the way: no untranslated key or placeholder on any
 * page, the notice and the fee question in one message, step counters that count the steps asked,
 * sizes as a person writes them, no internal product id shown to the buyer. The tour runs in
 * English and, with every persona switched to 中文 on the page, in Chinese. With
 * {@code -Dsandbox.screenshots=DIR} it saves the pages (desktop and phone) there. On a phone, a
 * reply taller than the chat is shown from its top, where its warning is.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SandboxTourBrowserTests {

	/** The README's sample values. */
	static final String COMPANY = "Shanghai Sandbox Cloud Co., Ltd.";

	static final String USCC = "91310115MA1K4ABC18";

	/** A second valid code, for the Chinese tour in the same app. */
	static final String USCC_ZH = "91330106MA2B7XQ2KQ";

	/** A bundle key ({@code dialog.summary.intro}), a placeholder ({@code {0}}) or a MessageFormat quote left in a text. */
	static final Pattern UNTRANSLATED = Pattern.compile(
			"\\b(dialog|menu|seller|onboarding|product|products|review|order|order-form|shop|merchant|account|sandbox|invalid|refused)\\.[a-z-]+(\\.[a-z-]+)*\\b|\\{\\d|''");

	/** A 1x1 PNG. */
	static final byte[] PNG = Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

	@TempDir
	static Path profile;

	static WebDriver driver;

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	SandboxToken token;

	@Autowired
	ProviderManagement providers;

	ChatPage chat;

	@BeforeAll
	static void startBrowser() {
		driver = ChatPage.chromium(profile);
	}

	@AfterAll
	static void stopBrowser() {
		if (driver != null) {
			driver.quit();
		}
	}

	@BeforeEach
	void emptySandbox() {
		assumeTrue(driver != null, "needs Debian's chromium and chromium-driver in /usr/bin (.ci/run installs them)");
		mongo.remove(query(where("chatId").gte(Conversation.SANDBOX_IDS_FROM)), ChatSession.class);
		mongo.remove(query(where("chatId").gte(Conversation.SANDBOX_IDS_FROM)), Transcript.MESSAGES);
		mongo.remove(query(where("_id").gte(Conversation.SANDBOX_IDS_FROM)), Transcript.CHATS);
		mongo.remove(query(where("uscc").in(USCC, USCC_ZH)), Provider.class);
		// onboarding is for new sellers only: the personas start as nobody's operators (the browser tests share one app)
		mongo.remove(query(where("operators.telegramUserId").gte(Conversation.SANDBOX_IDS_FROM)), dev.marketassist.provider.Provider.class);
		// the link of the log: its token becomes the cookie the page's requests carry
		driver.get(base() + "/sandbox/sandbox.css?token=" + token.value());
		((JavascriptExecutor) driver).executeScript("sessionStorage.clear();");
		chat = new ChatPage(driver, base());
	}

	@Test
	void theReadmeTourFromOnboardingToAConfirmedOrderInEnglish() throws IOException {
		tour(new Tour("en", USCC, Map.of()));
	}

	/**
	 * The same story with every persona's client language switched to 中文 on the page: the
	 * Chinese labels pressed, Chinese texts awaited (the English ones mapped to their
	 * {@code messages_zh_CN.properties} values), a second company code so it can share the app.
	 */
	@Test
	void theReadmeTourFromOnboardingToAConfirmedOrderInChinese() throws IOException {
		tour(new Tour("zh-CN", USCC_ZH, ZH));
	}

	/**
	 * On a phone, a reply taller than the chat is shown from its top, where the warning is: the
	 * onboarding summary again after Submit was refused (another provider registered the code
	 * meanwhile), its first line after the title the warning.
	 */
	@Test
	void aTallReplyIsShownFromItsWarningOnAPhone() {
		Dimension desktop = driver.manage().window().getSize();
		driver.manage().window().setSize(new Dimension(390, 844));
		try {
			WebElement summary = onboardToSummary(new Tour("en", USCC, Map.of()), COMPANY);
			providers.registerCompany(new CompanyDetails("Another Sandbox Co", UnifiedSocialCreditCode.of(USCC), "Grace Hopper",
					PhoneNumber.of("+8613800138009"), null, "Another Sandbox Co", "China Merchants Bank", "Hangzhou Branch",
					BankAccountNumber.of("6222020200445566")), 42L, "sandbox-warning-test-" + System.nanoTime());
			chat.press(summary, "✅ Submit");
			WebElement refused = chat.awaitChange("already registered by another provider");
			String text = ChatPage.text(refused);
			assertThat(text.lines().filter(line -> !line.isBlank()).skip(1).findFirst()).as(text)
				.hasValueSatisfying(line -> assertThat(line).startsWith("⚠️ This Unified Social Credit Code is already registered"));
			// the reply's top and height, the chat's top and bottom, as the person sees them
			List<?> box = (List<?>) ((JavascriptExecutor) driver).executeScript("""
					const reply = arguments[0].getBoundingClientRect(), chat = document.getElementById('chat').getBoundingClientRect();
					return [reply.top, reply.height, chat.top, chat.bottom];""", refused);
			double top = ((Number) box.get(0)).doubleValue(), height = ((Number) box.get(1)).doubleValue();
			double chatTop = ((Number) box.get(2)).doubleValue(), chatBottom = ((Number) box.get(3)).doubleValue();
			assertThat(height).as("a reply taller than the chat").isGreaterThan(chatBottom - chatTop);
			assertThat(top).as("the reply's top within the chat").isBetween(chatTop, chatBottom - 40);
		}
		finally {
			driver.manage().window().setSize(desktop);
		}
	}

	/** The README's tour in the client language of {@code t}; {@code t.say} gives each English text in it. */
	private void tour(Tour t) throws IOException {
		String company = t.say(COMPANY);
		// 1. Seller A onboards
		WebElement summary = onboardToSummary(t, company);
		chat.press(summary, t.say("✅ Submit"));
		// the notice and the next question in one message
		WebElement saved = chat.awaitReply(t.say("Company information of"));
		assertThat(ChatPage.text(saved)).contains(t.say("Platform certification fee"));

		// 2. the fee, through the sandbox's stand-in for the payment page; merchant account; shop.
		// The payment-link button says the marketplace's page is not here, and where to pay instead.
		chat.press(saved, t.say("💳 Pay now"));
		WebElement payOffer = chat.awaitChange(t.say("payment page"));
		WebElement payLink = payOffer.findElement(org.openqa.selenium.By.cssSelector(".keyboard .btn.link.unavailable"));
		assertThat(payLink.getTagName()).as("not a link to a dead page").isEqualTo("span");
		assertThat(payLink.getDomAttribute("href")).isNull();
		assertThat(payLink.getDomProperty("textContent")).startsWith(t.say("Pay ¥5,000"))
			.contains(t.say("not available in the sandbox"))
			.contains(t.say("Sandbox: simulate payment"));
		assertThat(payOffer.findElements(org.openqa.selenium.By.cssSelector("a[href*='market.example.com']"))).isEmpty();
		chat.tool("simulate-payment");
		chat.awaitToast(t.say("Sandbox: the certification fee of %s is paid (simulated; nothing was charged).").formatted(company));
		chat.press(chat.awaitReply(t.say("Certification fee received")), t.say("🏦 Add a merchant account"));
		chat.awaitReply(t.say("WeChat Pay merchant ID"));
		chat.send("1230000109");
		chat.press(chat.awaitReply(t.say("Tenpay merchant ID")), t.say("Skip »"));
		chat.press(chat.awaitReply(t.say("Please check your answers")), t.say("✅ Submit"));
		chat.press(chat.awaitReply(t.say("Merchant account saved")), t.say("🏬 Set up the shop"));
		chat.awaitReply(t.say("service scope"));
		chat.send(t.say("Linux server operations and data migration"));
		chat.awaitReply(t.say("product features"));
		chat.send(t.say("24/7 on-call engineers"));
		chat.awaitReply(t.say("customer service"));
		chat.send(t.say("QQ 12345678"));
		chat.press(chat.awaitReply(t.say("Featured products")), t.say("Skip »"));
		chat.press(chat.awaitReply(t.say("Please check your answers")), t.say("✅ Submit"));
		chat.awaitReply(t.say("Shop submitted for platform review"));
		Provider provider = mongo.findOne(query(where("uscc").is(t.uscc())), Provider.class);
		assertThat(provider).isNotNull();

		// 3. Reviewer C approves the shop (a reviewer in the sandbox, no configuration)
		approveAsReviewer(provider.getId(), ReviewSubject.SHOP);

		// 4. Seller A submits an ops product
		chat.navigate(By.cssSelector("a.persona[data-persona='seller-a']"), "seller-a");
		chat.send("/products");
		chat.press(chat.awaitReply(t.say("My products")), t.say("➕ New product"));
		WebElement type = chat.awaitReply(t.say("service type"));
		chat.press(type, t.say("🛠 Ops service"));
		assertThat(ChatPage.text(chat.awaitReply(t.say("name")))).contains(t.say("Step 2 of 12"));
		chat.send(t.say("Linux server care"));
		chat.awaitReply(t.say("category"));
		chat.send(t.say("Operations"));
		chat.awaitReply(t.say("logo"));
		chat.attachPhoto(Files.write(profile.resolve("logo.png"), PNG));
		WebElement delivery = chat.awaitReply(t.say("Delivery time"));
		assertThat(ChatPage.text(delivery)).contains(t.say("Step 5 of 12"));
		chat.send("3");
		chat.awaitReply(t.say("Warranty period"));
		chat.send("30");
		chat.press(chat.awaitReply(t.say("operating system")), "Linux");
		chat.awaitReply(t.say("requirement form"));
		chat.send(t.say("Server IP"));
		chat.press(chat.awaitReply(t.say("(1 of at most 10)")), t.say("✅ Done"));
		chat.awaitReply(t.say("Pricing plans"));
		chat.send(t.say("Standard, 1, month, 300, 270"));
		chat.press(chat.awaitReply(t.say("(1 of at most 10)")), t.say("✅ Done"));
		assertThat(ChatPage.text(chat.awaitReply(t.say("summary")))).contains(t.say("Step 10 of 12"));
		chat.send(t.say("Hands-off operations for Linux servers"));
		chat.awaitReply(t.say("details"));
		chat.send(t.say("Patching, monitoring, backups and incident response."));
		chat.awaitReply(t.say("usage document"));
		chat.attachDocument(Files.write(profile.resolve("guide.pdf"), new byte[2048]));
		WebElement productSummary = chat.awaitReply(t.say("Please check your answers"));
		assertThat(ChatPage.text(productSummary)).contains(t.say("guide.pdf (2 KB)")).doesNotContain("0.0 MB");
		screenshots(t.language() + "-product-summary");
		chat.press(productSummary, t.say("✅ Submit"));
		chat.awaitReply(t.say("is submitted for review"));
		Product product = mongo.findOne(query(where("providerId").is(provider.getId())), Product.class);

		// 5. Reviewer C approves the product
		approveAsReviewer(provider.getId(), ReviewSubject.PRODUCT_NEW);
		chat.navigate(By.cssSelector("a.persona[data-persona='seller-a']"), "seller-a");
		chat.awaitShown(t.say("Your product %s is approved").formatted(t.say("Linux server care")));

		// 6. the marketplace reports a paid order; the page goes to Buyer B, who has the link
		if (t.switches()) {
			chat.navigate(By.cssSelector("a.persona[data-persona='buyer-b']"), "buyer-b");
			t.switchLanguage(chat, "buyer-b");
		}
		chat.tool("test-order");
		chat.ready("buyer-b");
		WebElement link = chat.awaitShown("/start order_");
		chat.tapCommand(link, "/start order_");
		WebElement card = chat.awaitReply(t.say("requirement form not filled in"));
		assertThat(chat.botMessages().stream().map(ChatPage::text)).noneMatch(text -> text.contains(product.getId()));
		chat.press(card, t.say("📝 Fill in the requirement form"));
		chat.awaitReply(t.say("Server IP"));
		chat.send("10.0.0.8");
		chat.awaitReply(t.say("phone number"));
		chat.shareContact();
		chat.press(chat.awaitReply(t.say("Please check your answers")), t.say("✅ Submit"));
		chat.awaitReply(t.say("was sent to the provider"));

		// 7. Seller A starts and finishes
		chat.navigate(By.cssSelector("a.persona[data-persona='seller-a']"), "seller-a");
		chat.awaitShown(t.say("The buyer sent the requirement form"));
		chat.send("/orders");
		chat.press(chat.awaitReply(t.say("Orders of")), t.say("Awaiting start (1)"));
		chat.pressContaining(chat.awaitChange("SANDBOX-"), "SANDBOX-");
		chat.press(chat.awaitChange(t.say("Status: Awaiting start")), t.say("▶️ Start implementation"));
		chat.press(chat.awaitChange(t.say("Start implementation of order")), t.say("Yes, start"));
		chat.press(chat.awaitChange(t.say("Status: In progress")), t.say("✅ Mark done"));
		chat.press(chat.awaitChange(t.say("as done?")), t.say("Yes, it is done"));
		chat.awaitChange(t.say("Status: Awaiting buyer confirmation"));

		// 8. Buyer B confirms
		chat.navigate(By.cssSelector("a.persona[data-persona='buyer-b']"), "buyer-b");
		chat.press(chat.awaitShown(t.say("The provider finished your order")), t.say("✅ Confirm completion"));
		chat.press(chat.awaitChange(t.say("Confirm that order")), t.say("Yes, confirm"));
		chat.awaitChange(t.say("is complete. The provider was told"));
		Order order = mongo.findOne(query(where("providerId").is(provider.getId())), Order.class);
		assertThat(order.getStatus()).isEqualTo(OrderStatus.COMPLETED);

		for (String persona : List.of("seller-a", "reviewer-c", "buyer-b")) {
			chat.navigate(By.cssSelector("a.persona[data-persona='" + persona + "']"), persona);
			if (t.switches()) {
				assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).as(persona).isEqualTo(t.language());
			}
			assertThat(driver.findElement(By.tagName("body")).getDomProperty("innerText")).as(persona)
				.doesNotContainPattern(UNTRANSLATED);
		}
	}

	/** Seller A, in the tour's language, from /start to the onboarding's summary (not submitted). */
	private WebElement onboardToSummary(Tour t, String company) {
		chat.open("seller-a");
		t.switchLanguage(chat, "seller-a");
		chat.startButton().click();
		chat.press(chat.awaitReply(t.say("Cloud Marketplace assistant")), t.say("🏪 Become a seller"));
		chat.press(chat.awaitReply(t.say("Do you accept the agreement?")), t.say("✅ I have read and accept the agreement"));
		chat.press(chat.awaitReply(t.say("real-name verification")), t.say("Yes, it is verified"));
		chat.awaitReply(t.say("What is the company name"));
		chat.send(company);
		chat.awaitReply(t.say("Unified Social Credit Code"));
		chat.send(t.uscc());
		chat.awaitReply(t.say("Who is the contact person"));
		chat.send(t.say("Ada Lovelace"));
		chat.awaitReply(t.say("phone number"));
		chat.shareContact();
		chat.press(chat.awaitReply(t.say("e-mail address")), t.say("Skip »"));
		chat.awaitReply(t.say("account holder"));
		chat.send(company);
		chat.awaitReply(t.say("Which bank"));
		chat.send(t.say("China Merchants Bank"));
		chat.awaitReply(t.say("Which branch"));
		chat.send(t.say("Shanghai Pudong Branch"));
		chat.awaitReply(t.say("account number"));
		chat.send("6222 0202 0011 2233");
		return chat.awaitReply(t.say("Please check your answers"));
	}

	/** As Reviewer C: the queue, the provider's open ticket about {@code subject}, claim, approve. */
	private void approveAsReviewer(String providerId, ReviewSubject subject) {
		chat.navigate(By.cssSelector("a.persona[data-persona='reviewer-c']"), "reviewer-c");
		chat.send("/review");
		WebElement queue = chat.awaitReply("审核队列");
		ReviewTicket ticket = mongo.find(query(where("providerId").is(providerId)), ReviewTicket.class)
			.stream()
			.filter(t -> t.getStatus().name().equals("OPEN") && t.getSubject() == subject)
			.findFirst()
			.orElseThrow();
		chat.pressContaining(queue, ticket.getId());
		chat.press(chat.awaitChange("审核单 " + ticket.getId()), "🙋 领取");
		WebElement claimed = chat.awaitChange("状态：审核中");
		String view = ChatPage.text(claimed);
		// labels, not codes; the fields in the order the seller was asked them; the reviewer named, not an id
		assertThat(view).contains("审核人：您").doesNotContain("9100000000004").doesNotContain("：ops").doesNotContain("：linux");
		if (subject == ReviewSubject.PRODUCT_NEW) {
			assertThat(view).contains("服务类型：运维服务").contains("操作系统：Linux");
			assertThat(view.indexOf("服务类型")).isLessThan(view.indexOf("名称："));
		}
		else {
			assertThat(view.indexOf("服务范围")).isLessThan(view.indexOf("客服"));
		}
		chat.press(claimed, "✅ 通过");
		chat.awaitChange("已通过");
	}

	private void screenshots(String name) throws IOException {
		String dir = System.getProperty("sandbox.screenshots");
		if (dir == null) {
			return;
		}
		Files.createDirectories(Path.of(dir));
		Dimension desktop = driver.manage().window().getSize();
		Files.write(Path.of(dir, "sandbox-" + name + "-desktop.png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
		driver.manage().window().setSize(new Dimension(390, 844));
		Files.write(Path.of(dir, "sandbox-" + name + "-phone.png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
		driver.manage().window().setSize(desktop);
	}

	/**
	 * A run of the tour: the client language every persona is switched to ({@code en} is the
	 * personas' own, so nothing is switched), the company code, and the texts in that language.
	 */
	record Tour(String language, String uscc, Map<String, String> words) {

		/** {@code english} in the tour's language; a text missing from the words fails the test. */
		String say(String english) {
			if (words.isEmpty()) {
				return english;
			}
			String said = words.get(english);
			assertThat(said).as("the Chinese of \"" + english + "\"").isNotNull();
			return said;
		}

		boolean switches() {
			return !words.isEmpty();
		}

		/** Presses the page's language button for the persona shown (the page reloads in it). */
		void switchLanguage(ChatPage chat, String persona) {
			if (switches()) {
				chat.navigate(By.cssSelector("button[data-language='" + language + "']"), persona);
			}
		}

	}

	/** The English texts of the tour and their values in messages_zh_CN.properties (the same keys), or Chinese sample input. */
	static final Map<String, String> ZH = Map.ofEntries(Map.entry(COMPANY, "上海沙盒云科技有限公司"),
			// onboarding (menu.seller, onboarding.*.prompt and options, dialog.*)
			Map.entry("Cloud Marketplace assistant", "云市场助手"), Map.entry("🏪 Become a seller", "🏪 卖家入驻"),
			Map.entry("Do you accept the agreement?", "您是否同意该协议？"),
			Map.entry("✅ I have read and accept the agreement", "✅ 我已阅读并同意协议"),
			Map.entry("real-name verification", "企业实名认证"), Map.entry("Yes, it is verified", "是，已完成认证"),
			Map.entry("What is the company name", "请输入公司名称"), Map.entry("Unified Social Credit Code", "统一社会信用代码"),
			Map.entry("Who is the contact person", "联系人是谁"), Map.entry("Ada Lovelace", "韩梅梅"),
			Map.entry("phone number", "联系电话"), Map.entry("e-mail address", "邮箱"), Map.entry("Skip »", "跳过 »"),
			Map.entry("account holder", "开户名称是什么"), Map.entry("Which bank", "开户银行"),
			Map.entry("China Merchants Bank", "招商银行"), Map.entry("Which branch", "开户支行"),
			Map.entry("Shanghai Pudong Branch", "上海浦东支行"), Map.entry("account number", "银行账号"),
			Map.entry("Please check your answers", "请核对您填写的内容"), Map.entry("✅ Submit", "✅ 提交"),
			// onboarding.submitted + seller.fee.offer in one message; seller.button.*, sandbox.*
			Map.entry("Company information of", "的公司信息"), Map.entry("Platform certification fee", "平台认证费"),
			Map.entry("💳 Pay now", "💳 立即缴纳"), Map.entry("payment page", "支付页面"), Map.entry("Pay ¥5,000", "支付 ¥5,000"),
			Map.entry("not available in the sandbox", "沙盒中不可用"), Map.entry("Sandbox: simulate payment", "沙盒：模拟支付"),
			Map.entry("Sandbox: the certification fee of %s is paid (simulated; nothing was charged).", "沙盒：%s 的平台认证费已支付（模拟，未实际扣款）。"),
			Map.entry("Certification fee received", "平台认证费。下一步"), Map.entry("🏦 Add a merchant account", "🏦 添加商户号"),
			Map.entry("WeChat Pay merchant ID", "微信支付商户号"), Map.entry("Tenpay merchant ID", "财付通商户号"),
			Map.entry("Merchant account saved", "的商户号：买家可以"), Map.entry("🏬 Set up the shop", "🏬 设置店铺"),
			// shop.*
			Map.entry("service scope", "服务范围"), Map.entry("Linux server operations and data migration", "Linux 服务器运维与数据迁移"),
			Map.entry("product features", "商品特色"), Map.entry("24/7 on-call engineers", "7×24 小时值班工程师"),
			Map.entry("customer service", "客服"), Map.entry("QQ 12345678", "QQ 12345678"), Map.entry("Featured products", "推荐商品"),
			Map.entry("Shop submitted for platform review", "店铺已提交平台审核"),
			// product.* (dialog.header: 第 {1} 步，共 {2} 步; dialog.rows.so-far)
			Map.entry("My products", "我的商品"), Map.entry("➕ New product", "➕ 新建商品"), Map.entry("service type", "服务类型"),
			Map.entry("🛠 Ops service", "🛠 运维服务"), Map.entry("name", "商品名称"), Map.entry("Step 2 of 12", "第 2 步，共 12 步"),
			Map.entry("Linux server care", "Linux 服务器代维"), Map.entry("category", "分类"), Map.entry("Operations", "运维"),
			Map.entry("logo", "商品 Logo"), Map.entry("Delivery time", "交付时间"), Map.entry("Step 5 of 12", "第 5 步，共 12 步"),
			Map.entry("Warranty period", "质保期"), Map.entry("operating system", "操作系统"), Map.entry("requirement form", "需求表单"),
			Map.entry("Server IP", "服务器 IP"), Map.entry("(1 of at most 10)", "（1 个，最多 10 个）"), Map.entry("✅ Done", "✅ 完成"),
			Map.entry("Pricing plans", "定价规格"), Map.entry("Standard, 1, month, 300, 270", "标准版，1，月，300，270"),
			Map.entry("summary", "简介"), Map.entry("Step 10 of 12", "第 10 步，共 12 步"),
			Map.entry("Hands-off operations for Linux servers", "Linux 服务器全托管运维"), Map.entry("details", "详情"),
			Map.entry("Patching, monitoring, backups and incident response.", "补丁、监控、备份和故障响应。"),
			Map.entry("usage document", "使用文档"), Map.entry("guide.pdf (2 KB)", "guide.pdf (2 KB)"),
			Map.entry("is submitted for review", "已提交审核"), Map.entry("Your product %s is approved", "您的商品 %s 已通过审核"),
			// order.*, order-form.*
			Map.entry("requirement form not filled in", "尚未填写需求表单"), Map.entry("📝 Fill in the requirement form", "📝 填写需求表单"),
			Map.entry("was sent to the provider", "的需求表单已发送给服务商"), Map.entry("The buyer sent the requirement form", "买家提交了订单"),
			Map.entry("Orders of", "的订单"), Map.entry("Awaiting start (1)", "待实施（1）"), Map.entry("Status: Awaiting start", "状态：待实施"),
			Map.entry("▶️ Start implementation", "▶️ 开始实施"), Map.entry("Start implementation of order", "确定开始实施订单"),
			Map.entry("Yes, start", "确定，开始实施"), Map.entry("Status: In progress", "状态：实施中"), Map.entry("✅ Mark done", "✅ 实施完成"),
			Map.entry("as done?", "标记为实施完成吗？"), Map.entry("Yes, it is done", "确定，已完成"),
			Map.entry("Status: Awaiting buyer confirmation", "状态：待买家确认"),
			Map.entry("The provider finished your order", "服务商已完成您的订单"), Map.entry("✅ Confirm completion", "✅ 确认完成"),
			Map.entry("Confirm that order", "确认订单"), Map.entry("Yes, confirm", "确定，确认完成"),
			Map.entry("is complete. The provider was told", "已完成，已通知服务商"));


	private String base() {
		return "http://localhost:" + port;
	}

}
