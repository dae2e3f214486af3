package dev.marketassist.bot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import dev.marketassist.dialogs.Conversation;
import dev.marketassist.dialogs.session.ChatSession;
import dev.marketassist.dialogs.session.ChatSessions;
import dev.marketassist.provider.Provider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The sandbox page in a real headless Chromium (Debian's {@code chromium} and
 * {@code chromedriver}; skipped where they are missing, installed by {@code .ci/run} in CI),
 * against the whole application with the test profile (no Telegram token, so the sandbox is on).
 * Each test starts from empty sandbox chats. With {@code -Dsandbox.screenshots=DIR} the Chinese
 * onboarding test saves the page (a chosen answer marked, a notice shown) at desktop and phone
 * widths; {@link SandboxTourBrowserTests} saves the English ones.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SandboxBrowserTests {

	private static final String MARKUP = "<b>ACME</b> <script>alert(1)</script> *_";

	@TempDir
	static Path profile;

	static WebDriver driver;

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	ChatSessions sessions;

	@Autowired
	MessageSource messages;

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
	void emptySandboxChats() {
		assumeTrue(driver != null, "needs Debian's chromium and chromium-driver in /usr/bin (.ci/run installs them)");
		mongo.remove(query(where("chatId").gte(Conversation.SANDBOX_IDS_FROM)), ChatSession.class);
		mongo.remove(query(where("chatId").gte(Conversation.SANDBOX_IDS_FROM)), Transcript.MESSAGES);
		mongo.remove(query(where("_id").gte(Conversation.SANDBOX_IDS_FROM)), Transcript.CHATS);
		// onboarding is for new sellers only: the personas start as nobody's operators (the browser tests share one app)
		mongo.remove(query(where("operators.telegramUserId").gte(Conversation.SANDBOX_IDS_FROM)), dev.marketassist.provider.Provider.class);
		// the link of the log: its token becomes the cookie the page's requests carry
		driver.get(base() + "/sandbox/sandbox.css?token=" + token.value());
		((JavascriptExecutor) driver).executeScript("sessionStorage.clear();");
		chat = new ChatPage(driver, base());
	}

	@Test
	void aSellerCompletesOnboardingInThePage() {
		Persona ada = Persona.find("seller-a").orElseThrow();
		chat.open(ada.key());
		chat.startButton().click();
		WebElement menu = chat.awaitReply("Cloud Marketplace assistant");
		assertThat(ChatPage.text(menu)).startsWith("Hello Ada!");
		chat.press(menu, "🏪 Become a seller");
		WebElement agreement = chat.awaitReply("Do you accept the agreement?");
		assertThat(ChatPage.text(agreement)).contains("Seller onboarding · Step 1 of 11");
		assertThat(agreement.findElement(By.cssSelector(".text a")).getDomAttribute("href")).startsWith("https://");
		chat.press(agreement, "✅ I have read and accept the agreement");
		WebElement verified = chat.awaitReply("real-name verification");
		chat.awaitButtonsDisabled(agreement);
		chat.press(verified, "Yes, it is verified");
		chat.awaitReply("What is the company name");
		chat.send("Shenzhen Sandbox Cloud Co");
		chat.awaitReply("Unified Social Credit Code");
		chat.send("91440300708461136");
		chat.awaitReply("has 18 characters; you sent 17");
		chat.send("91440300708461136T");
		chat.awaitReply("Who is the contact person");
		chat.send("Ada Lovelace");
		chat.awaitReply("phone number");
		chat.shareContact();
		WebElement email = chat.awaitReply("e-mail address");
		chat.press(email, "Skip »");
		chat.awaitReply("account holder");
		chat.send("Shenzhen Sandbox Cloud Co");
		chat.awaitReply("Which bank");
		chat.send("China Merchants Bank");
		chat.awaitReply("Which branch");
		chat.send("Shenzhen Branch");
		chat.awaitReply("account number");
		chat.send("6222 0202 0011 2233");
		WebElement summary = chat.awaitReply("Please check your answers");
		assertThat(ChatPage.text(summary)).contains("Company name: Shenzhen Sandbox Cloud Co")
			.contains("Contact phone: +86 138****8001")
			.contains("Contact e-mail: — (skipped)")
			.contains("Account number: **** **** 2233")
			.doesNotContain("6222020200112233");
		chat.press(summary, "✅ Submit");
		chat.awaitReply("Company information of");

		Provider provider = mongo.findOne(query(where("uscc").is("91440300708461136T")), Provider.class);
		assertThat(provider).isNotNull();
		assertThat(provider.getContactPhone()).isEqualTo("+8613800138001");
		assertThat(provider.isOperator(ada.userId())).isTrue();
		assertThat(chat.userBubbles()).contains("/start", "Ada Lovelace", "📇 +8613800138001");
	}

	@Test
	void aStaleButtonIsRefusedAndTheDialogStaysWhereItIs() throws IOException {
		Persona lei = Persona.find("seller-b").orElseThrow();
		chat.open(lei.key());
		chat.send("/start");
		chat.press(chat.awaitReply("云市场助手"), "🏪 卖家入驻");
		WebElement agreement = chat.awaitReply("您是否同意该协议");
		chat.press(agreement, "✅ 我已阅读并同意协议");
		WebElement verified = chat.awaitReply("企业实名认证");
		chat.awaitButtonsDisabled(agreement);
		int shown = chat.botMessages().size();

		chat.pressStale(agreement, "✅ 我已阅读并同意协议");

		chat.awaitToast(messages.getMessage("button.done", null, Locale.SIMPLIFIED_CHINESE));
		chat.awaitButtonsDisabled(agreement);
		assertThat(chat.botMessages()).hasSize(shown);
		assertThat(sessions.findById(lei.conversation("zh-CN").sessionId()).orElseThrow().getActive().getStep())
			.isEqualTo("verified");
		chat.press(verified, "是，已完成认证");
		WebElement company = chat.awaitReply("公司名称");
		screenshots("zh-onboarding");

		// a prompt whose buttons only navigate keeps them when the next one comes (one call less a step):
		// a tap on them is answered with a pointer to the latest message, and nothing moves
		chat.send("深圳沙盒云科技有限公司");
		chat.awaitReply("统一社会信用代码");
		shown = chat.botMessages().size();
		chat.press(company, "✖ 取消");
		chat.awaitToast(messages.getMessage("button.superseded", null, Locale.SIMPLIFIED_CHINESE));
		assertThat(chat.botMessages()).hasSize(shown);
		assertThat(sessions.findById(lei.conversation("zh-CN").sessionId()).orElseThrow().getActive().getStep())
			.isEqualTo("uscc");
	}

	@Test
	void aSellerWhoIsNotVerifiedYetTapsStartInTheMessageToGoOn() {
		chat.open("seller-b");
		chat.send("/start");
		chat.press(chat.awaitReply("云市场助手"), "🏪 卖家入驻");
		chat.press(chat.awaitReply("您是否同意该协议"), "✅ 我已阅读并同意协议");
		WebElement verified = chat.awaitReply("企业实名认证");
		chat.press(verified, "尚未完成");
		WebElement later = chat.awaitReply("认证完成后发送 /start");
		// the answer chosen under the retired prompt stays marked
		chat.awaitButtonsDisabled(verified);
		assertThat(verified.findElements(By.cssSelector("button.btn.chosen"))).extracting(b -> b.getDomProperty("textContent"))
			.containsExactly("尚未完成");
		chat.tapCommand(later, "/start");
		WebElement resume = chat.awaitReply("您有未完成的事项");
		// the step counter counts the steps this run asks, also for a dialog left at a branch
		assertThat(ChatPage.text(resume)).contains("卖家入驻 — 第 2 步，共 11 步");
		chat.press(resume, "▶️ 继续：卖家入驻");
		chat.awaitReply("企业实名认证");
		assertThat(chat.userBubbles()).endsWith("/start");
	}

	@Test
	void markupTypedByTheUserIsShownAsText() throws IOException {
		chat.open("buyer-b");
		chat.send("/start");
		chat.press(chat.awaitReply("Cloud Marketplace assistant"), "🏪 Become a seller");
		chat.press(chat.awaitReply("Do you accept the agreement?"), "✅ I have read and accept the agreement");
		chat.press(chat.awaitReply("real-name verification"), "Yes, it is verified");
		chat.awaitReply("What is the company name");
		Path licence = Files.writeString(profile.resolve("<b>licence.pdf"), "%PDF-1.4");
		chat.attachDocument(licence);
		chat.awaitReply("Please type your answer as text.");
		// markup is no name (issue 14): refused, and what the user typed is shown as text, never run
		chat.send(MARKUP);
		chat.awaitReply("The company name may contain only letters");
		chat.send("ACME & Co.");
		chat.awaitReply("Unified Social Credit Code");
		chat.send("91110108551385082Q");
		chat.awaitReply("Who is the contact person");
		chat.send("<i>Ben</i> & \"Co\"");
		chat.awaitReply("A person's name may contain only letters");
		chat.send("Ben & Co");
		chat.awaitReply("phone number");
		chat.shareContact();
		chat.press(chat.awaitReply("e-mail address"), "Skip »");
		for (String[] step : new String[][] { { "account holder", "<u>holder</u>" }, { "account holder's name may", "Holder & Co" },
				{ "Which bank", "Bank" }, { "Which branch", "Branch" }, { "account number", "6222 0202 0011 2233" } }) {
			chat.awaitReply(step[0]);
			chat.send(step[1]);
		}
		WebElement summary = chat.awaitReply("Please check your answers");

		assertThat(ChatPage.text(summary)).contains("Company name: ACME & Co.")
			.contains("Contact person: Ben & Co")
			.contains("Account holder: Holder & Co");
		assertThat(chat.userBubbles()).contains("<i>Ben</i> & \"Co\"", "<u>holder</u>");
		assertThat(chat.userBubbles()).contains(MARKUP).anyMatch(bubble -> bubble.startsWith("📎 <b>licence.pdf ("));
		assertThat(driver.findElements(By.cssSelector("#chat script"))).isEmpty();
		assertThat(driver.findElements(By.cssSelector("#chat b")))
			.noneMatch(bold -> "ACME".equals(bold.getDomProperty("textContent")) || bold.getDomProperty("textContent").contains("licence"));
		assertThat(driver.findElements(By.cssSelector("#chat i, #chat u"))).isEmpty();
		assertThat(driver.findElements(By.cssSelector("#chat b"))).anyMatch(bold -> "company name".equals(bold.getDomProperty("textContent")));
		assertThat(alertShown()).isFalse();
	}

	@Test
	void switchesPersonaAndClientLanguage() {
		chat.open("seller-a");
		chat.navigate(By.cssSelector("a.persona[data-persona='reviewer-c']"), "reviewer-c");
		assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("zh-CN");
		assertThat(driver.findElement(By.cssSelector(".user-id")).getText()).isEqualTo("9100000000004");
		assertThat(driver.findElement(By.cssSelector("a.persona[aria-current='page']")).getDomAttribute("data-persona"))
			.isEqualTo("reviewer-c");
		chat.send("/start");
		chat.awaitReply("您好，陈静！");

		chat.navigate(By.cssSelector("button[data-language='en']"), "reviewer-c");
		assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
		assertThat(chat.userBubbles()).containsExactly("/start");
		chat.send("/start");
		chat.awaitReply("Hello 陈静!");
		chat.send("/language");
		WebElement choose = chat.awaitReply("Choose your language");
		chat.press(choose, "中文");
		chat.awaitEdit(choose, zh("language.changed"));
		assertThat(choose.findElement(By.cssSelector(".edited")).getDomProperty("textContent")).isEqualTo("edited");
		chat.awaitReply(zh("menu.title"));

		chat.navigate(By.cssSelector("a.persona[data-persona='seller-a']"), "seller-a");
		assertThat(chat.botMessages()).isEmpty();
		assertThat(chat.userBubbles()).isEmpty();
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Market Assistant · sandbox chat");
	}

	private String zh(String key) {
		return TelegramHtml.plain(messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE));
	}

	private boolean alertShown() {
		try {
			driver.switchTo().alert();
			return true;
		}
		catch (NoAlertPresentException ex) {
			return false;
		}
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
