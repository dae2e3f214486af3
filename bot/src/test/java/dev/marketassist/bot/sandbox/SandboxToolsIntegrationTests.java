package dev.marketassist.bot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import dev.marketassist.dialogs.Conversation;
import dev.marketassist.dialogs.session.ChatSession;
import dev.marketassist.review.ReviewerDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The sandbox's stand-ins for the marketplace, over the real MVC setup: Reviewer C is a reviewer
 * while the sandbox is on (and nobody else becomes one); the page offers "simulate payment" to
 * sellers only; the actions answer in the persona's language and say why when they cannot act
 * (no company yet; refused without the sandbox header); the favicon is served. The whole way through (pay,
 * order, Buyer B's link) is {@link SandboxTourBrowserTests}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SandboxToolsIntegrationTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	SandboxToken token;

	@Autowired
	ReviewerDirectory reviewers;

	@Autowired
	MongoTemplate mongo;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).build();
		mongo.remove(query(where("chatId").gte(Conversation.SANDBOX_IDS_FROM)), ChatSession.class);
		mongo.remove(query(where("_id").gte(Conversation.SANDBOX_IDS_FROM)), Transcript.CHATS);
	}

	@Test
	void reviewerCIsAReviewerInTheSandboxAndNoOtherPersonaIs() {
		Persona reviewer = Persona.find("reviewer-c").orElseThrow();
		assertThat(reviewers.isReviewer(reviewer.userId())).isTrue();
		assertThat(reviewers.listed()).contains(reviewer.userId());
		for (String other : List.of("seller-a", "seller-b", "buyer-b")) {
			assertThat(reviewers.isReviewer(Persona.find(other).orElseThrow().userId())).as(other).isFalse();
		}
	}

	@Test
	void thePageOffersPaymentToSellersAndATestOrderToEveryone() throws Exception {
		String seller = mvc.perform(get("/").param("persona", "seller-a").with(local())).andReturn().getResponse()
			.getContentAsString();
		assertThat(seller).contains("data-tool=\"simulate-payment\">Sandbox: simulate payment<")
			.contains("data-tool=\"test-order\"")
			.contains("<link rel=\"icon\" href=\"/favicon.svg\"")
			// the payment-link gateway's button is shown as not available here, pointing to the tool
			.contains("data-pay-link=\"https://market.example.com/pay\"")
			.contains("data-t-pay-link=\"Opens the marketplace’s payment page, which is not available in the sandbox: "
					+ "use “Sandbox: simulate payment” below.\"");
		String buyer = mvc.perform(get("/").param("persona", "buyer-b").with(local())).andReturn().getResponse()
			.getContentAsString();
		assertThat(buyer).doesNotContain("simulate-payment").contains("data-tool=\"test-order\"");
	}

	@Test
	void saysWhyAnActionCannotActYetInThePersonasLanguage() throws Exception {
		mvc.perform(post("/sandbox/api/chats/seller-b/simulate-payment").with(local()).header(LoopbackGuard.HEADER, "1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.done").value(false))
			.andExpect(jsonPath("$.notice").value("请先完成卖家入驻中的公司信息。"));
		mvc.perform(post("/sandbox/api/chats/seller-a/simulate-payment").with(local()))
			.andExpect(status().isForbidden());
	}

	@Test
	void servesAFavicon() throws Exception {
		mvc.perform(get("/favicon.ico")).andExpect(status().isOk()).andExpect(content().contentType("image/x-icon"));
		mvc.perform(get("/favicon.svg")).andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.startsWith("<svg")));
	}

	/** A request from this machine with the run's token (as the page's requests carry it). */
	private RequestPostProcessor local() {
		return request -> {
			request.setRemoteAddr("127.0.0.1");
			request.addHeader(SandboxToken.HEADER, token.value());
			return request;
		};
	}

}
