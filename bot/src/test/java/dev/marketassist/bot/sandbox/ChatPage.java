package dev.marketassist.bot.sandbox;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sandbox page as a person uses it, for the browser tests: open a persona, type, press
 * buttons, wait for the assistant's next message. "Next" means newer than anything shown when
 * the person last acted, so a text that also appeared earlier is not mistaken for the answer.
 */
final class ChatPage {

	private static final Duration TIMEOUT = Duration.ofSeconds(15);

	private final WebDriver driver;

	private final String baseUrl;

	private final WebDriverWait wait;

	private int mark;

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	/** A headless Debian Chromium at desktop size, or {@code null} where it is not installed. */
	static WebDriver chromium(Path profile) {
		if (!java.nio.file.Files.isExecutable(CHROMIUM) || !java.nio.file.Files.isExecutable(CHROMEDRIVER)) {
			return null;
		}
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
					"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--user-data-dir=" + profile, "--window-size=1280,900", "--lang=en-US");
		return new ChromeDriver(service, options);
	}

	ChatPage(WebDriver driver, String baseUrl) {
		this.driver = driver;
		this.baseUrl = baseUrl;
		this.wait = new WebDriverWait(driver, TIMEOUT, Duration.ofMillis(50));
		// the page redraws messages as they change: an element read mid-redraw is simply read again
		this.wait.ignoring(StaleElementReferenceException.class);
	}

	ChatPage open(String persona) {
		driver.get(baseUrl + "/?persona=" + persona);
		return ready(persona);
	}

	/** Clicks something that loads a page (a persona, a language) and waits for the page of {@code persona}. */
	ChatPage navigate(By link, String persona) {
		WebElement before = driver.findElement(By.tagName("body"));
		driver.findElement(link).click();
		// the old page is gone once its body is; mid-navigation Chrome may report that as any WebDriverException
		wait.until(d -> {
			try {
				before.isEnabled();
				return false;
			}
			catch (org.openqa.selenium.WebDriverException gone) {
				return true;
			}
		});
		return ready(persona);
	}

	/** Waits for the page of {@code persona} to have drawn its chat. */
	ChatPage ready(String persona) {
		wait.until(d -> {
			WebElement body = d.findElement(By.tagName("body"));
			return persona.equals(body.getDomAttribute("data-persona")) && "true".equals(body.getDomAttribute("data-ready"));
		});
		mark = lastId();
		return this;
	}

	void send(String text) {
		mark = lastId();
		WebElement box = driver.findElement(By.id("text"));
		box.sendKeys(text);
		box.sendKeys(Keys.ENTER);
	}

	/**
	 * Presses a button once it can be pressed: the page disables a message's buttons while a press on
	 * it is on its way, and an edit in place may show its new text before its buttons are live again.
	 */
	void press(WebElement message, String label) {
		mark = lastId();
		wait.withMessage(() -> "button \"" + label + "\" enabled under: " + text(message)).until(d -> {
			try {
				WebElement button = button(message, label);
				return button.isEnabled() ? button : null;
			}
			catch (AssertionError | org.openqa.selenium.StaleElementReferenceException redrawing) {
				return null;
			}
		}).click();
	}

	/** Presses a button the page shows disabled, as a second, older tab would still allow. */
	void pressStale(WebElement message, String label) {
		mark = lastId();
		WebElement button = button(message, label);
		((JavascriptExecutor) driver).executeScript("arguments[0].disabled = false;", button);
		button.click();
	}

	void shareContact() {
		mark = lastId();
		driver.findElement(By.id("contact")).click();
	}

	void attachDocument(Path file) {
		mark = lastId();
		driver.findElement(By.id("file-document")).sendKeys(file.toAbsolutePath().toString());
	}

	void attachPhoto(Path file) {
		mark = lastId();
		driver.findElement(By.id("file-photo")).sendKeys(file.toAbsolutePath().toString());
	}

	/** Presses the first button whose label contains {@code fragment}. */
	void pressContaining(WebElement message, String fragment) {
		mark = lastId();
		message.findElements(By.cssSelector(".keyboard .btn"))
			.stream()
			.filter(b -> b.getDomProperty("textContent").contains(fragment))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no button with \"" + fragment + "\" under: " + text(message)))
			.click();
	}

	/** Presses one of the page's sandbox actions ({@code data-tool}). */
	void tool(String name) {
		mark = lastId();
		driver.findElement(By.cssSelector("button[data-tool='" + name + "']")).click();
	}

	/** Taps the {@code /command} shown in a message (a link, as in Telegram's apps). */
	void tapCommand(WebElement message, String prefix) {
		mark = lastId();
		message.findElements(By.cssSelector(".text a.command"))
			.stream()
			.filter(a -> a.getDomProperty("textContent").startsWith(prefix))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no command " + prefix + " in: " + text(message)))
			.click();
	}

	/** The latest message of the chat containing {@code fragment}, also one shown before the last action (a notification). */
	WebElement awaitShown(String fragment) {
		return wait.withMessage(() -> "a message containing \"" + fragment + "\"; the chat shows " + texts())
			.until(d -> botMessages().stream().filter(m -> text(m).contains(fragment)).reduce((first, second) -> second).orElse(null));
	}

	/** Like {@link #awaitReply}, or the message last pressed, edited in place to contain {@code fragment}. */
	WebElement awaitChange(String fragment) {
		int after = mark;
		return wait.withMessage(() -> "a reply or an edit containing \"" + fragment + "\"; the chat shows " + texts())
			.until(d -> botMessages().stream()
				.filter(m -> (id(m) > after || m.findElements(By.cssSelector(".edited")).size() > 0) && text(m).contains(fragment))
				.reduce((first, second) -> second)
				.orElse(null));
	}

	/** The assistant's first message after the last action that contains {@code fragment}. */
	WebElement awaitReply(String fragment) {
		int after = mark;
		return wait.withMessage(() -> "a reply containing \"" + fragment + "\"; the chat shows " + texts())
			.until(d -> botMessages().stream().filter(m -> id(m) > after && text(m).contains(fragment)).findFirst().orElse(null));
	}

	/** Waits until {@code message} (the same message, edited in place) contains {@code fragment}. */
	void awaitEdit(WebElement message, String fragment) {
		wait.withMessage(() -> "message " + id(message) + " edited to contain \"" + fragment + "\"")
			.until(d -> text(message).contains(fragment));
	}

	void awaitButtonsDisabled(WebElement message) {
		wait.withMessage(() -> "the buttons of message " + id(message) + " disabled")
			.until(d -> message.findElements(By.cssSelector("button.btn")).stream().noneMatch(WebElement::isEnabled));
	}

	String awaitToast(String expected) {
		return wait.withMessage(() -> "a notice \"" + expected + "\"").until(d -> {
			WebElement toast = d.findElement(By.id("toast"));
			String text = toast.getDomProperty("textContent");
			return toast.getDomAttribute("class").contains("shown") && expected.equals(text) ? text : null;
		});
	}

	List<WebElement> botMessages() {
		return driver.findElements(By.cssSelector("#chat article.msg.bot"));
	}

	List<String> userBubbles() {
		return driver.findElements(By.cssSelector("#chat .msg.user")).stream().map(b -> b.getDomProperty("textContent")).toList();
	}

	WebElement startButton() {
		return driver.findElement(By.cssSelector("#empty button.start"));
	}

	static String text(WebElement message) {
		return message.findElement(By.cssSelector(".text")).getDomProperty("textContent");
	}

	static int id(WebElement message) {
		return Integer.parseInt(message.getDomAttribute("data-id"));
	}

	private WebElement button(WebElement message, String label) {
		Optional<WebElement> button = message.findElements(By.cssSelector(".keyboard .btn"))
			.stream()
			.filter(b -> label.equals(b.getDomProperty("textContent")))
			.findFirst();
		return button.orElseThrow(() -> new AssertionError("no button \"" + label + "\" under: " + text(message)));
	}

	private int lastId() {
		return botMessages().stream().mapToInt(ChatPage::id).max().orElse(0);
	}

	private List<String> texts() {
		return botMessages().stream().map(ChatPage::text).toList();
	}

}
