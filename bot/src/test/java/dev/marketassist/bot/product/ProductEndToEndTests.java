package dev.marketassist.bot.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.mongodb.client.gridfs.model.GridFSFile;

import dev.marketassist.product.Product;
import dev.marketassist.product.ProductStatus;
import dev.marketassist.product.Products;
import dev.marketassist.review.ReviewSubject;
import dev.marketassist.review.ReviewTicket;
import dev.marketassist.review.ReviewTickets;
import dev.marketassist.provider.BankAccountNumber;
import dev.marketassist.provider.CompanyDetails;
import dev.marketassist.provider.OnboardingManagement;
import dev.marketassist.core.input.PhoneNumber;
import dev.marketassist.provider.ProviderManagement;
import dev.marketassist.provider.UnifiedSocialCreditCode;
import dev.marketassist.testing.ChatExpectations;
import dev.marketassist.testing.SentMessage;
import dev.marketassist.testing.StandInBotApi;
import dev.marketassist.testing.TgUser;
import dev.marketassist.testing.RestCalls;
import org.awaitility.Awaitility;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import dev.marketassist.dialogs.product.ProductButtons;
import dev.marketassist.dialogs.session.ChatSessions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Products through the stand-in Bot API (issue 6): one product of each type created and
 * submitted, bad input answered field by field (the requirement form and the pricing plans row by
 * row, bad rows answered and the step kept), a listed product's page showing its change in review, the pre-check blocking a submission, a reviewer
 * approving one product and rejecting another (the seller told, "Fix and resubmit" opening the
 * edit), a delisted product relisted through review, and refused moves answered with a message.
 * Logos and usage documents are fetched from the stand-in (getFile, then the download) and kept in
 * GridFS; a fetch that fails is answered with a message and the summary stays.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class ProductEndToEndTests {

	static final String TOKEN = "123456789:TEST-token_for-products";

	static final String API_KEY = "products-api-key-0123456789abcdefghijk";

	static final StandInBotApi telegram = StandInBotApi.start(TOKEN);

	static final TgUser rita = new TgUser(820_000_001L, "Rita", "en");

	/** A reviewer who works through a reviewers' tool (REST). */
	static final String ALICE = "820000201";

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("market.telegram.token", () -> TOKEN);
		registry.add("market.telegram.api-url", telegram::baseUrl);
		registry.add("market.telegram.mode", () -> "polling");
		registry.add("market.api-key", () -> API_KEY);
		registry.add("market.reviewers.ids", () -> rita.id() + "," + ALICE);
	}

	@AfterAll
	static void stopTelegram() {
		telegram.close();
	}

	@LocalServerPort
	int port;

	@Autowired
	ProviderManagement providers;

	@Autowired
	OnboardingManagement onboarding;

	@Autowired
	ReviewTickets tickets;

	@Autowired
	Products products;

	@Autowired
	MongoTemplate mongo;

	private final ChatExpectations chats = new ChatExpectations(telegram);

	@Test
	void anOpsProductIsCheckedFieldByFieldApprovedDelistedAndRelistedThroughReview() throws Exception {
		TgUser ada = seller(820_000_101L, "91350100M000100Y43", "ACME Cloud");
		Product product = submittedFieldByField(ada);
		approvedInChatByAReviewer(ada, product);
		delistedAndRelisted(ada, product);
		modifiedWhileListedAndRejected(ada, product);
	}

	/** Every field of an ops product, each with bad input first, then Submit; the files kept in GridFS as sent. */
	private Product submittedFieldByField(TgUser ada) throws Exception {
		telegram.injectText(ada, "/products");
		SentMessage list = chats.expect(ada, "My products");
		assertThat(list.text()).contains("No products yet");
		telegram.clickButton(ada, list, "➕ New product");
		telegram.clickButton(ada, chats.expect(ada, "service type"), "🛠 Ops service");
		chats.expect(ada, "name");
		telegram.injectText(ada, "Linux server care and 24/7 monitoring");
		chats.expect(ada, "at most 30 characters (yours has 37)");
		telegram.injectText(ada, "Free Linux care");
		chats.expect(ada, "Lure words such as \"free\"");
		telegram.injectText(ada, "Linux server care");
		chats.expect(ada, "category");
		telegram.injectText(ada, "Operations");
		chats.expect(ada, "logo");
		telegram.injectDocument(ada, "logo.gif", "image/gif", 10_000);
		chats.expect(ada, "The logo must be a JPG, JPEG or PNG picture");
		telegram.injectPhoto(ada, 80_000);
		chats.expect(ada, "Delivery time");
		telegram.injectText(ada, "three");
		chats.expect(ada, "whole number of days");
		telegram.injectText(ada, "3");
		chats.expect(ada, "Warranty period");
		telegram.injectText(ada, "30");
		telegram.clickButton(ada, chats.expect(ada, "operating system"), "Linux");
		// the requirement form, field by field
		chats.expect(ada, "requirement form");
		telegram.injectText(ada, "Requirement description");
		SentMessage fields = chats.expect(ada, "Requirement form so far (1 of at most 10)");
		assertThat(fields.buttonTexts()).contains("➕ Add another", "↩️ Remove last", "✅ Done");
		telegram.clickButton(ada, fields, "➕ Add another");
		chats.expect(ada, "Send number 2");
		telegram.injectText(ada, "requirement description");
		chats.expect(ada, "The form has a field \"Requirement description\" already");
		telegram.injectText(ada, "Contact");
		chats.expect(ada, "(2 of at most 10)");
		telegram.injectText(ada, "Server IP");
		telegram.clickButton(ada, chats.expect(ada, "(3 of at most 10)"), "✅ Done");

		// the pricing plans, plan by plan: each bad plan answered, the step stays
		SentMessage plans = chats.expect(ada, "Pricing plans");
		assertThat(plans.buttonTexts()).doesNotContain("✅ Done");
		telegram.injectText(ada, "Standard, 1, month, 0, 0");
		chats.expect(ada, "List price: the price must be above 0");
		telegram.injectText(ada, "Standard, 1, month, 30O, 270");
		chats.expect(ada, "List price: \"30O\" is not a price");
		telegram.injectText(ada, "Standard, 1, month, 300, 270");
		chats.expect(ada, "Pricing plans so far (1 of at most 10)");
		telegram.injectText(ada, "Premium, 1, year, 3000, 3500");
		chats.expect(ada, "Discounted price: 3500 is above the list price 3000");
		telegram.injectText(ada, "Premium, 11, year, 3000, 2500");
		chats.expect(ada, "longer than 10 years");
		telegram.injectText(ada, "standard, 1, months, 280, 250");
		chats.expect(ada, "There is a plan \"Standard\" with the same duration already");
		telegram.injectText(ada, "Premium, 1, year, 3000, 2500");
		chats.expect(ada, "(2 of at most 10)");
		telegram.injectText(ada, "Trial, 7, day, 10, 5");
		SentMessage three = chats.expect(ada, "(3 of at most 10)");
		assertThat(three.text()).contains("3. Trial: 7 days, list ¥10, discounted ¥5");
		telegram.clickButton(ada, three, "↩️ Remove last");
		SentMessage two = chats.expect(ada, "(2 of at most 10)");
		assertThat(two.text()).contains("1. Standard: 1 month, list ¥300, discounted ¥270")
			.contains("2. Premium: 1 year, list ¥3000, discounted ¥2500")
			.doesNotContain("Trial");
		telegram.clickButton(ada, two, "✅ Done");
		chats.expect(ada, "summary");
		telegram.injectText(ada, "Hands-off operations for Linux servers");
		chats.expect(ada, "details");
		telegram.injectText(ada, "Patching, monitoring, backups and incident response by certified engineers.");
		chats.expect(ada, "usage document");
		telegram.injectDocument(ada, "guide.pdf", "application/pdf", 12L * 1024 * 1024);
		chats.expect(ada, "The file is too large: at most 5 MB");
		telegram.injectDocument(ada, "setup.exe", "application/octet-stream", 10_000);
		chats.expect(ada, "must be a PDF, Word, PPT, ZIP or RAR file (not .exe)");
		byte[] guide = bytes(300_000);
		telegram.injectDocument(ada, "guide.pdf", "application/pdf", guide);
		SentMessage summary = chats.expect(ada, "Please check your answers");
		assertThat(summary.text()).contains("Standard: 1 month, list ¥300, discounted ¥270").contains("guide.pdf")
			.doesNotContain(", month,");
		telegram.clickButton(ada, summary, "✅ Submit");
		SentMessage submitted = chats.expect(ada, "is submitted for review");
		assertThat(submitted.text()).contains("3 working days");
		Product product = onlyProductOf(ada);
		assertThat(product.getStatus()).isEqualTo(ProductStatus.IN_REVIEW);
		assertThat(product.getDetails().plans()).extracting(plan -> plan.spec()).containsExactly("Standard", "Premium");
		assertThat(product.getDetails().plans().get(1).price()).isEqualByComparingTo("2500");
		assertThat(product.getDetails().formFields()).containsExactly("Requirement description", "Contact", "Server IP");
		// the files are kept in GridFS: exactly the bytes the seller sent, with their metadata
		assertThat(storedBytes(product.getDetails().usageDocument().reference())).isEqualTo(guide);
		GridFSFile document = storedFile(product.getDetails().usageDocument().reference());
		assertThat(document.getFilename()).isEqualTo("guide.pdf");
		assertThat(document.getMetadata().getString("providerId")).isEqualTo(product.getProviderId());
		assertThat(document.getMetadata().getString("productId")).isEqualTo(product.getId());
		assertThat(document.getMetadata().getString("contentType")).isEqualTo("application/pdf");
		// the largest of the photo's sizes (the stand-in serves a photo as zero bytes of its size)
		assertThat(storedBytes(product.getDetails().logo().reference())).hasSize(80_000);
		assertThat(filesOf(product.getProviderId())).hasSize(2);
		return product;
	}

	/** Delisting refused while in review; a reviewer gets the files and approves in chat; the product is listed. */
	private void approvedInChatByAReviewer(TgUser ada, Product product) {
		// delisting is refused while in review (a forged or late button)
		forgeOnAFreshMenu(ada, ProductButtons.DELIST_YES, product.getId());
		chats.expect(ada, "Only a listed product can be delisted");
		forgeOnAFreshMenu(ada, ProductButtons.EDIT, product.getId());
		chats.expect(ada, "is in review now");

		// a reviewer approves in chat
		telegram.injectText(rita, "/review");
		SentMessage queue = telegram.awaitText(rita.chatId(), "Review queue");
		String label = queue.buttonTexts().stream().filter(text -> text.contains(product.getReviewTicketId())).findFirst().orElseThrow();
		telegram.clickButton(rita, queue, label);
		SentMessage ticketView = telegram.awaitText(rita.chatId(), "Review " + product.getReviewTicketId());
		assertThat(ticketView.text()).contains("Pricing plans:")
			.contains("Standard: 1 month, list ¥300, discounted ¥270")
			.contains("Premium: 1 year, list ¥3000, discounted ¥2500")
			.doesNotContain(", year,")
			.contains("guide.pdf");
		// the reviewer gets the submitted files from GridFS, uploaded as documents
		telegram.clickButton(rita, ticketView, "📄 Usage document");
		SentMessage sentGuide = telegram.awaitMessage(rita.chatId(), m -> m.kind().equals("document"), Duration.ofSeconds(10));
		assertThat(sentGuide.text()).contains("Review " + product.getReviewTicketId()).contains("Usage document: guide.pdf");
		assertThat(sentGuide.json().path("document").path("file_name").asText()).isEqualTo("guide.pdf");
		assertThat(sentGuide.json().path("document").path("file_size").asLong()).isEqualTo(300_000);
		telegram.clickButton(rita, ticketView, "🖼 Logo");
		SentMessage sentLogo = telegram.awaitMessage(rita.chatId(),
				m -> m.kind().equals("document") && m.messageId() > sentGuide.messageId(), Duration.ofSeconds(10));
		assertThat(sentLogo.json().path("document").path("file_name").asText()).isEqualTo("logo.jpg");
		assertThat(sentLogo.json().path("document").path("file_size").asLong()).isEqualTo(80_000);
		telegram.clickButton(rita, ticketView, "🙋 Claim");
		telegram.clickButton(rita, telegram.awaitText(rita.chatId(), "Status: claimed"), "✅ Approve");
		chats.expect(ada, "Your product Linux server care is approved");
		awaitStatus(product.getId(), ProductStatus.LISTED);
	}

	/** Delisted from its page (the notice and the page in one message), relisted through review. */
	private void delistedAndRelisted(TgUser ada, Product product) throws Exception {
		telegram.injectText(ada, "/products");
		telegram.clickButton(ada, chats.expect(ada, "My products (1)"), "1. Linux server care");
		SentMessage page = chats.expect(ada, "Status: Listed");
		assertThat(page.text()).contains("within 3 days").contains("• Premium: 1 year, list ¥3000, discounted ¥2500");
		telegram.clickButton(ada, page, "⬇️ Delist");
		telegram.clickButton(ada, chats.expect(ada, "Delist Linux server care?"), "Yes, delist");
		// the notice and the page it belongs to arrive as one message (one Bot API call)
		SentMessage delisted = chats.expect(ada, "is delisted");
		assertThat(delisted.text()).contains("Status: Delisted");
		assertThat(products.findById(product.getId()).orElseThrow().getStatus()).isEqualTo(ProductStatus.DELISTED);
		assertThat(delisted.buttonTexts()).contains("⬆️ Relist");
		forgeOnAFreshMenu(ada, ProductButtons.DELIST_YES, product.getId());
		chats.expect(ada, "Only a listed product can be delisted");

		// the menu opened for the forged press retired the page's buttons: open the page again
		telegram.injectText(ada, "/products");
		telegram.clickButton(ada, chats.expect(ada, "My products (1)"), "1. Linux server care");
		telegram.clickButton(ada, chats.expect(ada, "Status: Delisted"), "⬆️ Relist");
		chats.expect(ada, "is submitted for review");
		Product relisted = products.findById(product.getId()).orElseThrow();
		assertThat(relisted.getStatus()).isEqualTo(ProductStatus.IN_REVIEW);
		ReviewTicket ticket = tickets.findById(relisted.getReviewTicketId()).orElseThrow();
		assertThat(ticket.getSubject()).isEqualTo(ReviewSubject.PRODUCT_RELISTED);
		forgeOnAFreshMenu(ada, ProductButtons.RELIST, product.getId());
		chats.expect(ada, "Only a delisted product can be relisted");
		decide(ticket.getId(), "approve", "{\"reviewer\":\"" + ALICE + "\"}");
		awaitStatus(product.getId(), ProductStatus.LISTED);
	}

	/** A modification of a listed product: the listed version stays listed beside the change in review, also when the change is rejected. */
	private void modifiedWhileListedAndRejected(TgUser ada, Product product) throws Exception {
		// a modification of a listed product: the listed version stays listed, also when it is rejected
		telegram.injectText(ada, "/products");
		telegram.clickButton(ada, chats.expect(ada, "My products (1)"), "1. Linux server care");
		telegram.clickButton(ada, chats.expect(ada, "Status: Listed"), "✏️ Modify");
		// the plans re-done from the summary: the current plans first, Start over, a new one, Done
		telegram.clickButton(ada, chats.expect(ada, "Please check your answers"), "✏️ Pricing plans");
		SentMessage current = chats.expect(ada, "Pricing plans so far (2 of at most 10)");
		assertThat(current.buttonTexts()).contains("« Back to the summary", "🗑 Start over");
		telegram.clickButton(ada, current, "🗑 Start over");
		chats.expect(ada, "one plan at a time");
		telegram.injectText(ada, "Standard, 1, month, 300, 260");
		telegram.clickButton(ada, chats.expect(ada, "(1 of at most 10)"), "✅ Done");
		SentMessage edited = chats.expect(ada, "Please check your answers");
		assertThat(edited.text()).contains("1. Standard: 1 month, list ¥300, discounted ¥260").doesNotContain("Premium");
		telegram.clickButton(ada, edited, "✏️ Summary");
		chats.expect(ada, "summary");
		telegram.injectText(ada, "Hands-off operations for Linux and Windows servers");
		telegram.clickButton(ada, chats.expect(ada, "Please check your answers"), "✅ Submit");
		chats.expect(ada, "is submitted for review");

		// the product's page: the listed version as buyers see it, and the change in review below it
		telegram.injectText(ada, "/products");
		telegram.clickButton(ada, chats.expect(ada, "My products (1)"), "1. Linux server care");
		SentMessage pendingPage = chats.expect(ada, "Change in review");
		String listedPart = pendingPage.text().substring(0, pendingPage.text().indexOf("Change in review"));
		String changePart = pendingPage.text().substring(pendingPage.text().indexOf("Change in review"));
		assertThat(listedPart).contains("Listed now: what buyers see")
			.contains("Status: In review")
			.contains("Hands-off operations for Linux servers")
			.contains("• Standard: 1 month, list ¥300, discounted ¥270")
			.contains("• Premium: 1 year, list ¥3000, discounted ¥2500");
		assertThat(changePart).contains("Summary: Hands-off operations for Linux and Windows servers")
			.contains("Pricing plans:")
			.contains("Standard: 1 month, list ¥300, discounted ¥260")
			.doesNotContain("Premium")
			.doesNotContain("Name:")
			.doesNotContain("Requirement form:");
		Product modified = products.findById(product.getId()).orElseThrow();
		assertThat(modified.getStatus()).isEqualTo(ProductStatus.IN_REVIEW);
		assertThat(modified.isLive()).isTrue();
		assertThat(modified.getListedDetails().summary()).isEqualTo("Hands-off operations for Linux servers");
		// the modification keeps the stored files as they are (no second copy)
		assertThat(modified.getDetails().usageDocument()).isEqualTo(product.getDetails().usageDocument());
		assertThat(filesOf(product.getProviderId())).hasSize(2);
		assertThat(tickets.findById(modified.getReviewTicketId()).orElseThrow().getSubject())
			.isEqualTo(ReviewSubject.PRODUCT_MODIFIED);
		decide(modified.getReviewTicketId(), "reject", "{\"reviewer\":\"" + ALICE + "\",\"reasonCode\":\"other\",\"reason\":\"Windows is not in the OS\"}");
		chats.expect(ada, "Your product Linux server care was not approved");
		awaitStatus(product.getId(), ProductStatus.LISTED);
		Product kept = products.findById(product.getId()).orElseThrow();
		assertThat(kept.isChangeRejected()).isTrue();
		assertThat(kept.getListedDetails().summary()).isEqualTo("Hands-off operations for Linux servers");
	}

	@Test
	void anImageProductBlockedByThePreCheckIsFixedRejectedAndResubmitted() throws Exception {
		TgUser bo = seller(820_000_102L, "91110108551385082Q", "Bo Images");
		telegram.injectText(bo, "/products");
		telegram.clickButton(bo, chats.expect(bo, "My products"), "➕ New product");
		telegram.clickButton(bo, chats.expect(bo, "service type"), "🖼 Image service");
		chats.expect(bo, "name");
		telegram.injectText(bo, "LAMP stack");
		chats.expect(bo, "category");
		telegram.injectText(bo, "Web servers");
		chats.expect(bo, "Tags");
		telegram.injectText(bo, "web, php, mysql, apache");
		chats.expect(bo, "1 to 3 tags");
		telegram.injectText(bo, "web, php");
		chats.expect(bo, "logo");
		telegram.injectDocument(bo, "logo.png", "image/png", 3L * 1024 * 1024);
		chats.expect(bo, "at most 2 MB");
		telegram.injectDocument(bo, "logo.png", "image/png", 50_000);
		chats.expect(bo, "image version");
		telegram.injectText(bo, "v1.0");
		chats.expect(bo, "integrated software");
		telegram.injectText(bo, "Apache 2.4, MySQL 8.0, PHP 8.2");
		telegram.clickButton(bo, chats.expect(bo, "recommended machine type"), "Skip »");
		telegram.clickButton(bo, chats.expect(bo, "support customisation"), "Yes");
		chats.expect(bo, "summary");
		telegram.injectText(bo, "A ready LAMP server");
		chats.expect(bo, "details");
		telegram.injectText(bo, "Tuned Apache, MySQL and PHP; order the setup at www.bo-images.com for less.");
		chats.expect(bo, "usage document");
		telegram.injectDocument(bo, "guide.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
				200_000);
		chats.expect(bo, "Dependent cloud products");
		telegram.injectText(bo, "CVM");
		telegram.clickButton(bo, chats.expect(bo, "Please check your answers"), "✅ Submit");
		SentMessage blocked = chats.expect(bo, "The pre-check found problems");
		assertThat(blocked.text()).contains("buyers must not be led to buy outside the marketplace");
		assertThat(products.findAll().stream().filter(p -> p.getDetails().name().equals("LAMP stack"))).isEmpty();
		telegram.clickButton(bo, blocked, "✏️ Details");
		chats.expect(bo, "details");
		telegram.injectText(bo, "Tuned Apache, MySQL and PHP with security updates and daily backups.");
		telegram.clickButton(bo, chats.expect(bo, "Please check your answers"), "✅ Submit");
		chats.expect(bo, "is submitted for review");
		Product product = onlyProductOf(bo);
		assertThat(tickets.findById(product.getReviewTicketId()).orElseThrow().getPeriodDays()).isEqualTo(7);

		decide(product.getReviewTicketId(), "reject",
				"{\"reviewer\":\"" + ALICE + "\",\"reasonCode\":\"incomplete\",\"reason\":\"Name the PHP extensions\"}");
		SentMessage rejected = chats.expect(bo, "Your product LAMP stack was not approved");
		assertThat(rejected.text()).contains("Name the PHP extensions");
		awaitStatus(product.getId(), ProductStatus.REJECTED);
		telegram.clickButton(bo, rejected, "✏️ Fix and resubmit");
		SentMessage edit = chats.expect(bo, "Please check your answers");
		assertThat(edit.text()).contains("LAMP stack").contains("web, php");
		telegram.clickButton(bo, edit, "✏️ Details");
		chats.expect(bo, "details");
		telegram.injectText(bo, "Tuned Apache, MySQL and PHP (with mbstring, intl, gd) and daily backups.");
		telegram.clickButton(bo, chats.expect(bo, "Please check your answers"), "✅ Submit");
		chats.expect(bo, "is submitted for review");
		Product resubmitted = products.findById(product.getId()).orElseThrow();
		assertThat(resubmitted.getStatus()).isEqualTo(ProductStatus.IN_REVIEW);
		assertThat(resubmitted.getDetails().details()).contains("mbstring");
		assertThat(resubmitted.getReviewTicketId()).isNotEqualTo(product.getReviewTicketId());
	}

	@Test
	void aSoftwareProductIsSubmittedWithAdviceAndProductsNeedTheFee() {
		TgUser cy = seller(820_000_103L, "9144030071526726XG", "Cy Soft");
		telegram.injectText(cy, "/products");
		telegram.clickButton(cy, chats.expect(cy, "My products"), "➕ New product");
		telegram.clickButton(cy, chats.expect(cy, "service type"), "💿 Software service");
		chats.expect(cy, "name");
		telegram.injectText(cy, "Ticket desk");
		chats.expect(cy, "category");
		telegram.injectText(cy, "SaaS");
		chats.expect(cy, "logo");
		telegram.injectPhoto(cy, 30_000);
		chats.expect(cy, "Pricing plans");
		telegram.injectText(cy, "Team, 1, year, 999, 899\nTeam, 2, year, 1800, 1600");
		chats.expect(cy, "Please send one per message");
		telegram.injectText(cy, "Team, 1, year, 999, 899");
		telegram.clickButton(cy, chats.expect(cy, "Pricing plans so far (1 of at most 10)"), "✅ Done");
		chats.expect(cy, "summary");
		telegram.injectText(cy, "Help-desk software");
		chats.expect(cy, "details");
		telegram.injectText(cy, "Tickets, SLAs and reports for support teams of any size.");
		telegram.clickButton(cy, chats.expect(cy, "usage document"), "Skip »");
		telegram.clickButton(cy, chats.expect(cy, "Please check your answers"), "✅ Submit");
		SentMessage submitted = chats.expect(cy, "is submitted for review");
		assertThat(submitted.text()).contains("A usage document helps buyers");
		assertThat(onlyProductOf(cy).getStatus()).isEqualTo(ProductStatus.IN_REVIEW);
		forgeOnAFreshMenu(cy, ProductButtons.VIEW, "P-NOTYOURS");
		chats.expect(cy, "This product is not one of yours");

		TgUser dan = new TgUser(820_000_104L, "Dan", "en");
		telegram.injectText(dan, "/start");
		chats.expect(dan, "Cloud Marketplace assistant");
		providers.registerCompany(company("91440300708461136T", "Dan Ops"), dan.id(),
				"seed-" + dan.id());
		telegram.injectText(dan, "/products");
		SentMessage refused = chats.expect(dan, "certification fee is not paid yet");
		assertThat(refused.buttonTexts()).containsExactly("💳 Pay now");
	}

	@Test
	void aChineseSellerReadsThePlansInChineseAndTheReviewerInEnglish() throws Exception {
		TgUser li = seller(820_000_106L, "91330100716105852F", "李 云测", "zh-hans");
		telegram.injectText(li, "/products");
		telegram.clickButton(li, chats.expect(li, "我的商品"), "➕ 新建商品");
		telegram.clickButton(li, chats.expect(li, "服务类型"), "💿 软件服务");
		chats.expect(li, "名称");
		telegram.injectText(li, "工单系统");
		chats.expect(li, "分类");
		telegram.injectText(li, "软件");
		chats.expect(li, "Logo");
		telegram.injectPhoto(li, 30_000);
		chats.expect(li, "定价规格");
		telegram.injectText(li, "标准版，1，月，300，270");
		chats.expect(li, "（1 个，最多 10 个）");
		telegram.injectText(li, "专业版，30，天，100，90");
		SentMessage rows = chats.expect(li, "（2 个，最多 10 个）");
		assertThat(rows.text()).contains("1. 标准版：1 个月，原价 ¥300，优惠价 ¥270")
			.contains("2. 专业版：30 天，原价 ¥100，优惠价 ¥90")
			.doesNotContain("month")
			.doesNotContain("day");
		telegram.clickButton(li, rows, "✅ 完成");
		chats.expect(li, "简介");
		telegram.injectText(li, "帮助客服团队处理工单");
		chats.expect(li, "详情");
		telegram.injectText(li, "工单、服务级别协议和报表，适合各种规模的客服团队。");
		telegram.clickButton(li, chats.expect(li, "使用文档"), "跳过 »");
		SentMessage summary = chats.expect(li, "请核对");
		assertThat(summary.text()).contains("标准版：1 个月，原价 ¥300，优惠价 ¥270").doesNotContain("month");
		telegram.clickButton(li, summary, "✅ 提交");
		chats.expect(li, "已提交审核");

		// the reviewer reads the same plans in English, the spec names as the seller typed them
		Product product = onlyProductOf(li);
		telegram.injectText(rita, "/review");
		SentMessage queue = telegram.awaitMessage(rita.chatId(), m -> m.text().contains("Review queue")
				&& m.buttonTexts().stream().anyMatch(text -> text.contains(product.getReviewTicketId())), Duration.ofSeconds(10));
		String label = queue.buttonTexts().stream().filter(text -> text.contains(product.getReviewTicketId())).findFirst().orElseThrow();
		telegram.clickButton(rita, queue, label);
		SentMessage ticketView = telegram.awaitText(rita.chatId(), "Review " + product.getReviewTicketId());
		assertThat(ticketView.text()).contains("标准版: 1 month, list ¥300, discounted ¥270")
			.contains("专业版: 30 days, list ¥100, discounted ¥90")
			.doesNotContain("个月");
	}

	@Test
	void aFileTheBotCannotFetchIsAnsweredWithAMessageAndTheSubmissionWorksOnceItCan() {
		TgUser eve = seller(820_000_105L, "91310000132210487B", "Eve Soft");
		String providerId = onboarding.providerOf(eve.id()).getId();
		telegram.injectText(eve, "/products");
		telegram.clickButton(eve, chats.expect(eve, "My products"), "➕ New product");
		telegram.clickButton(eve, chats.expect(eve, "service type"), "💿 Software service");
		chats.expect(eve, "name");
		telegram.injectText(eve, "Backup vault");
		chats.expect(eve, "category");
		telegram.injectText(eve, "Storage");
		chats.expect(eve, "logo");
		byte[] logo = bytes(40_000);
		telegram.injectDocument(eve, "vault.png", "image/png", logo);
		chats.expect(eve, "Pricing plans");
		telegram.injectText(eve, "Team, 1, year, 999, 899");
		telegram.clickButton(eve, chats.expect(eve, "Pricing plans so far (1 of at most 10)"), "✅ Done");
		chats.expect(eve, "summary");
		telegram.injectText(eve, "Encrypted off-site backups");
		chats.expect(eve, "details");
		telegram.injectText(eve, "Daily encrypted backups of servers and databases with a 30-day history.");
		chats.expect(eve, "usage document");
		byte[] guide = bytes(120_000);
		telegram.injectDocument(eve, "vault-guide.pdf", "application/pdf", guide);
		SentMessage summary = chats.expect(eve, "Please check your answers");

		// Telegram's file service has trouble: the seller is told, nothing is submitted, the summary stays
		telegram.failNext("getFile", 1, 502, "Bad Gateway");
		telegram.clickButton(eve, summary, "✅ Submit");
		SentMessage failed = chats.expect(eve, "I could not fetch your file vault.png just now, so nothing was submitted");
		assertThat(failed.text()).contains("Please check your answers").contains("Backup vault").contains("vault-guide.pdf")
			.doesNotContain("Exception");
		assertThat(failed.buttonTexts()).contains("✅ Submit");
		assertThat(products.findByProviderIdOrderByCreatedAtAsc(providerId)).isEmpty();
		assertThat(filesOf(providerId)).isEmpty();

		// a file too big for getFile (the declared size lied): the same answer
		telegram.failNext("getFile", 1, 400, "Bad Request: file is too big");
		telegram.clickButton(eve, failed, "✅ Submit");
		SentMessage tooBig = chats.expect(eve, "I could not fetch your file vault.png just now");
		assertThat(tooBig.buttonTexts()).contains("✅ Submit");
		assertThat(products.findByProviderIdOrderByCreatedAtAsc(providerId)).isEmpty();
		assertThat(filesOf(providerId)).isEmpty();

		telegram.clickButton(eve, tooBig, "✅ Submit");
		chats.expect(eve, "is submitted for review");
		Product product = onlyProductOf(eve);
		assertThat(product.getDetails().logo().reference()).startsWith("gridfs:");
		assertThat(storedBytes(product.getDetails().logo().reference())).isEqualTo(logo);
		assertThat(storedBytes(product.getDetails().usageDocument().reference())).isEqualTo(guide);
		assertThat(filesOf(providerId)).hasSize(2);
	}

	private TgUser seller(long id, String uscc, String company) {
		return seller(id, uscc, company, "en");
	}

	private TgUser seller(long id, String uscc, String company, String language) {
		TgUser user = new TgUser(id, company.split(" ")[0], language);
		telegram.injectText(user, "/start");
		chats.expect(user, language.equals("en") ? "Cloud Marketplace assistant" : "云市场助手");
		providers.registerCompany(company(uscc, company), user.id(), "seed-" + user.id());
		var payment = onboarding.startFeePayment(user.id());
		onboarding.confirmFeePayment(payment.reference(), new BigDecimal("5000"), "PAY-" + user.id());
		return user;
	}

	private static CompanyDetails company(String uscc, String company) {
		return new CompanyDetails(company, UnifiedSocialCreditCode.of(uscc), "Ada Lovelace", PhoneNumber.of("13812345678"),
				null, company, "China Merchants Bank", "Fuzhou Branch", BankAccountNumber.of("6222020200112233"));
	}

	@Autowired
	ChatSessions chatSessions;

	/**
	 * A forged press that reaches the feature: the user opens the main menu (a message whose nonce
	 * is live), and the press carries that nonce with data the bot never gave this user. The
	 * feature must re-check the state.
	 */
	private void forgeOnAFreshMenu(TgUser user, ProductButtons action, String... args) {
		int last = telegram.lastMessage(user.chatId()).messageId();
		telegram.injectText(user, "/menu");
		SentMessage menu = telegram.awaitMessage(user.chatId(), m -> m.messageId() > last && m.text().contains("Main menu"),
				StandInBotApi.DEFAULT_TIMEOUT);
		List<String> live = chatSessions.findById(user.id() + ":" + user.id()).orElseThrow().getLiveNonces();
		assertThat(live).isNotEmpty();
		telegram.injectForgedCallback(user, menu.messageId(), ProductButtons.TYPE.encode(action, live.get(live.size() - 1), args));
	}

	private GridFsTemplate productFiles() {
		return new GridFsTemplate(mongo.getMongoDatabaseFactory(), mongo.getConverter(), "product_files");
	}

	private GridFSFile storedFile(String reference) {
		assertThat(reference).startsWith("gridfs:");
		return productFiles().findOne(Query.query(Criteria.where("_id").is(new ObjectId(reference.substring("gridfs:".length())))));
	}

	private byte[] storedBytes(String reference) {
		try (var in = productFiles().getResource(storedFile(reference)).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<GridFSFile> filesOf(String providerId) {
		return productFiles().find(Query.query(Criteria.where("metadata.providerId").is(providerId))).into(new ArrayList<>());
	}

	private static byte[] bytes(int length) {
		byte[] bytes = new byte[length];
		new Random(length).nextBytes(bytes);
		return bytes;
	}

	private Product onlyProductOf(TgUser user) {
		String providerId = onboarding.providerOf(user.id()).getId();
		return products.findByProviderIdOrderByCreatedAtAsc(providerId).get(0);
	}

	private void awaitStatus(String productId, ProductStatus status) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> products.findById(productId).orElseThrow().getStatus() == status);
	}

	private void decide(String ticket, String decision, String json) throws Exception {
		assertThat(post("/api/reviews/" + ticket + "/claim", "{\"reviewer\":\"" + ALICE + "\"}").statusCode()).isEqualTo(200);
		assertThat(post("/api/reviews/" + ticket + "/" + decision, json).statusCode()).isEqualTo(200);
	}

	private HttpResponse<String> post(String path, String json) {
		return new RestCalls(() -> port, API_KEY).post(path, json);
	}

}
