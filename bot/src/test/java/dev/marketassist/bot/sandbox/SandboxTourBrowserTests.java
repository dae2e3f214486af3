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
import java.util.regex.Pattern;

import dev.marketassist.catalog.Product;
import dev.marketassist.dialogs.Conversation;
import dev.marketassist.dialogs.session.ChatSession;
import dev.marketassist.order.Order;
import dev.marketassist.order.OrderStatus;
import dev.marketassist.review.ReviewSubject;
import dev.marketassist.review.ReviewTicket;
import dev.marketassist.seller.Provider;
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
 * sizes as a person writes them, no internal product id shown to the buyer. With
 * {@code -Dsandbox.screenshots=DIR} it saves the pages (desktop and phone) there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SandboxTourBrowserTests {

	/** The README's sample values. */
	static final String COMPANY = "Shanghai Sandbox Cloud Co., Ltd.";

	static final String USCC = "91310115MA1K4ABC18";

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
		mongo.remove(query(where("uscc").is(USCC)), Provider.class);
		// onboarding is for new sellers only: the personas start as nobody's operators (the browser tests share one app)
		mongo.remove(query(where("operators.telegramUserId").gte(Conversation.SANDBOX_IDS_FROM)), dev.marketassist.seller.Provider.class);
		// the link of the log: its token becomes the cookie the page's requests carry
		driver.get(base() + "/sandbox/sandbox.css?token=" + token.value());
		((JavascriptExecutor) driver).executeScript("sessionStorage.clear();");
		chat = new ChatPage(driver, base());
	}

	@Test
	void theReadmeTourFromOnboardingToAConfirmedOrderInEnglish() throws IOException {
		// 1. Seller A onboards
		chat.open("seller-a");
		chat.startButton().click();
		chat.press(chat.awaitReply("Cloud Marketplace assistant"), "🏪 Become a seller");
		chat.press(chat.awaitReply("Do you accept the agreement?"), "✅ I have read and accept the agreement");
		chat.press(chat.awaitReply("real-name verification"), "Yes, it is verified");
		chat.awaitReply("What is the company name");
		chat.send(COMPANY);
		chat.awaitReply("Unified Social Credit Code");
		chat.send(USCC);
		chat.awaitReply("Who is the contact person");
		chat.send("Ada Lovelace");
		chat.awaitReply("phone number");
		chat.shareContact();
		chat.press(chat.awaitReply("e-mail address"), "Skip »");
		chat.awaitReply("account holder");
		chat.send(COMPANY);
		chat.awaitReply("Which bank");
		chat.send("China Merchants Bank");
		chat.awaitReply("Which branch");
		chat.send("Shanghai Pudong Branch");
		chat.awaitReply("account number");
		chat.send("6222 0202 0011 2233");
		WebElement summary = chat.awaitReply("Please check your answers");
		chat.press(summary, "✅ Submit");
		// the notice and the next question in one message
		WebElement saved = chat.awaitReply("Company information of");
		assertThat(ChatPage.text(saved)).contains("Platform certification fee");

		// 2. the fee, through the sandbox's stand-in for the payment page; merchant account; shop.
		// The payment-link button says the marketplace's page is not here, and where to pay instead.
		chat.press(saved, "💳 Pay now");
		WebElement payOffer = chat.awaitChange("payment page");
		WebElement payLink = payOffer.findElement(org.openqa.selenium.By.cssSelector(".keyboard .btn.link.unavailable"));
		assertThat(payLink.getTagName()).as("not a link to a dead page").isEqualTo("span");
		assertThat(payLink.getDomAttribute("href")).isNull();
		assertThat(payLink.getDomProperty("textContent")).startsWith("Pay ¥5,000")
			.contains("not available in the sandbox")
			.contains("Sandbox: simulate payment");
		assertThat(payOffer.findElements(org.openqa.selenium.By.cssSelector("a[href*='market.example.com']"))).isEmpty();
		chat.tool("simulate-payment");
		chat.awaitToast("Sandbox: the certification fee of " + COMPANY + " is paid (simulated; nothing was charged).");
		chat.press(chat.awaitReply("Certification fee received"), "🏦 Add a merchant account");
		chat.awaitReply("WeChat Pay merchant ID");
		chat.send("1230000109");
		chat.press(chat.awaitReply("Tenpay merchant ID"), "Skip »");
		chat.press(chat.awaitReply("Please check your answers"), "✅ Submit");
		chat.press(chat.awaitReply("Merchant account saved"), "🏬 Set up the shop");
		chat.awaitReply("service scope");
		chat.send("Linux server operations and data migration");
		chat.awaitReply("product features");
		chat.send("24/7 on-call engineers");
		chat.awaitReply("customer service");
		chat.send("QQ 12345678");
		chat.press(chat.awaitReply("Featured products"), "Skip »");
		chat.press(chat.awaitReply("Please check your answers"), "✅ Submit");
		chat.awaitReply("Shop submitted for platform review");
		Provider provider = mongo.findOne(query(where("uscc").is(USCC)), Provider.class);
		assertThat(provider).isNotNull();

		// 3. Reviewer C approves the shop (a reviewer in the sandbox, no configuration)
		approveAsReviewer(provider.getId(), ReviewSubject.SHOP);

		// 4. Seller A submits an ops product
		chat.navigate(By.cssSelector("a.persona[data-persona='seller-a']"), "seller-a");
		chat.send("/products");
		chat.press(chat.awaitReply("My products"), "➕ New product");
		WebElement type = chat.awaitReply("service type");
		chat.press(type, "🛠 Ops service");
		assertThat(ChatPage.text(chat.awaitReply("name"))).contains("Step 2 of 12");
		chat.send("Linux server care");
		chat.awaitReply("category");
		chat.send("Operations");
		chat.awaitReply("logo");
		chat.attachPhoto(Files.write(profile.resolve("logo.png"), PNG));
		WebElement delivery = chat.awaitReply("Delivery time");
		assertThat(ChatPage.text(delivery)).contains("Step 5 of 12");
		chat.send("3");
		chat.awaitReply("Warranty period");
		chat.send("30");
		chat.press(chat.awaitReply("operating system"), "Linux");
		chat.awaitReply("requirement form");
		chat.send("Server IP");
		chat.press(chat.awaitReply("(1 of at most 10)"), "✅ Done");
		chat.awaitReply("Pricing plans");
		chat.send("Standard, 1, month, 300, 270");
		chat.press(chat.awaitReply("(1 of at most 10)"), "✅ Done");
		assertThat(ChatPage.text(chat.awaitReply("summary"))).contains("Step 10 of 12");
		chat.send("Hands-off operations for Linux servers");
		chat.awaitReply("details");
		chat.send("Patching, monitoring, backups and incident response.");
		chat.awaitReply("usage document");
		chat.attachDocument(Files.write(profile.resolve("guide.pdf"), new byte[2048]));
		WebElement productSummary = chat.awaitReply("Please check your answers");
		assertThat(ChatPage.text(productSummary)).contains("guide.pdf (2 KB)").doesNotContain("0.0 MB");
		screenshots("en-product-summary");
		chat.press(productSummary, "✅ Submit");
		chat.awaitReply("is submitted for review");
		Product product = mongo.findOne(query(where("providerId").is(provider.getId())), Product.class);

		// 5. Reviewer C approves the product
		approveAsReviewer(provider.getId(), ReviewSubject.PRODUCT_NEW);
		chat.navigate(By.cssSelector("a.persona[data-persona='seller-a']"), "seller-a");
		chat.awaitShown("Your product Linux server care is approved");

		// 6. the marketplace reports a paid order; the page goes to Buyer B, who has the link
		chat.tool("test-order");
		chat.ready("buyer-b");
		WebElement link = chat.awaitShown("/start order_");
		chat.tapCommand(link, "/start order_");
		WebElement card = chat.awaitReply("requirement form not filled in");
		assertThat(chat.botMessages().stream().map(ChatPage::text)).noneMatch(text -> text.contains(product.getId()));
		chat.press(card, "📝 Fill in the requirement form");
		chat.awaitReply("Server IP");
		chat.send("10.0.0.8");
		chat.awaitReply("phone number");
		chat.shareContact();
		chat.press(chat.awaitReply("Please check your answers"), "✅ Submit");
		chat.awaitReply("was sent to the provider");

		// 7. Seller A starts and finishes
		chat.navigate(By.cssSelector("a.persona[data-persona='seller-a']"), "seller-a");
		chat.awaitShown("The buyer sent the requirement form");
		chat.send("/orders");
		chat.press(chat.awaitReply("Orders of"), "Awaiting start (1)");
		chat.pressContaining(chat.awaitChange("SANDBOX-"), "SANDBOX-");
		chat.press(chat.awaitChange("Status: Awaiting start"), "▶️ Start implementation");
		chat.press(chat.awaitChange("Start implementation of order"), "Yes, start");
		chat.press(chat.awaitChange("Status: In progress"), "✅ Mark done");
		chat.press(chat.awaitChange("as done?"), "Yes, it is done");
		chat.awaitChange("Status: Awaiting buyer confirmation");

		// 8. Buyer B confirms
		chat.navigate(By.cssSelector("a.persona[data-persona='buyer-b']"), "buyer-b");
		chat.press(chat.awaitShown("The provider finished your order"), "✅ Confirm completion");
		chat.press(chat.awaitChange("Confirm that order"), "Yes, confirm");
		chat.awaitChange("is complete. The provider was told");
		Order order = mongo.findOne(query(where("providerId").is(provider.getId())), Order.class);
		assertThat(order.getStatus()).isEqualTo(OrderStatus.COMPLETED);

		for (String persona : List.of("seller-a", "reviewer-c", "buyer-b")) {
			chat.navigate(By.cssSelector("a.persona[data-persona='" + persona + "']"), persona);
			assertThat(driver.findElement(By.tagName("body")).getDomProperty("innerText")).as(persona)
				.doesNotContainPattern(UNTRANSLATED);
		}
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

	private String base() {
		return "http://localhost:" + port;
	}

}
