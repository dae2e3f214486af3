package dev.marketassist.bot.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.ReflectionUtils;

/**
 * The REST API over real HTTP, as the attack report tried it: no spelling of a path reaches an
 * API handler without a key (the firewall refuses non-canonical paths with 400, the rules match
 * the rest as Spring MVC does), each client reaches only its scopes, a seller cannot confirm
 * their own fee, reviewers must be configured, and free texts are limited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiSecurityTests {

	static final String MARKETPLACE_KEY = "orders-key-0123456789abcdefghijklmnopq";

	static final String GATEWAY_KEY = "payments-key-0123456789abcdefghijklmnop";

	static final String REVIEW_TOOL_KEY = "reviews-key-0123456789abcdefghijklmnopq";

	static final String REVIEWER = "840000201";

	static final String SECRET_COMPANY = "Leaky Secrets Ltd";

	static final String SECRET_PHONE = "+8613800138000";

	@DynamicPropertySource
	static void clients(DynamicPropertyRegistry registry) {
		registry.add("market.api.keys", () -> "marketplace:orders:" + MARKETPLACE_KEY + "; gateway:payments:" + GATEWAY_KEY
				+ ";review-tool:reviews:" + REVIEW_TOOL_KEY);
		registry.add("market.reviewers.ids", () -> REVIEWER);
	}

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	ApplicationContext context;

	String reference;

	@BeforeEach
	void aTicketWithSecretsAndAProviderAwaitingItsFee() {
		Instant now = Instant.now();
		mongo.getCollection("review_tickets").deleteMany(new Document("_id", "RT-LEAK0001"));
		mongo.getCollection("review_tickets").insertOne(new Document("_id", "RT-LEAK0001").append("subject", "SHOP")
			.append("subjectId", "S-LEAK")
			.append("providerId", "P-LEAK")
			.append("snapshot", new Document("companyName", SECRET_COMPANY).append("contactPhone", SECRET_PHONE))
			.append("periodDays", 3)
			.append("submittedAt", Date.from(now))
			.append("dueAt", Date.from(now.plusSeconds(86_400)))
			.append("status", "OPEN")
			.append("history", List.of())
			.append("version", 0L));
		reference = "FEE-P-SELLER-" + now.toEpochMilli();
		mongo.getCollection("providers").deleteMany(new Document("_id", "P-SELLER"));
		mongo.getCollection("providers").insertOne(new Document("_id", "P-SELLER").append("companyName", "Seller Co")
			.append("operators", List.of())
			.append("feeStatus", "AWAITING_PAYMENT")
			.append("feeAmount", new Decimal128(new java.math.BigDecimal("5000")))
			.append("feeReference", reference)
			.append("invites", List.of())
			.append("version", 0L));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/%61pi/reviews", "/api;x/reviews", "/api/reviews;x", "//api/reviews", "/./api/reviews",
			"/%2e/api/reviews", "/api/reviews/", "/API/reviews", "/api/%72eviews", "/api/reviews/../reviews",
			"/api/x/../reviews", "/api/reviews?status=ALL", "/api%2Freviews", "/api/reviews%2F", "/%2561pi/reviews",
			"/api/reviews/RT-LEAK0001", "/%61pi/reviews/RT-LEAK0001", "/api//reviews" })
	void noSpellingOfAnApiPathAnswersWithoutAKey(String path) throws Exception {
		RawHttp.Response response = RawHttp.send(port, "GET", path, null, null);
		assertThat(response.status()).as(path).isIn(400, 401, 403, 404);
		assertThat(response.body()).as(path).doesNotContain(SECRET_COMPANY, SECRET_PHONE, "RT-LEAK0001", "Exception", "\tat ");
	}

	@Test
	void theSameTicketsWithTheReviewToolsKey() throws Exception {
		RawHttp.Response response = RawHttp.send(port, "GET", "/api/reviews", key(REVIEW_TOOL_KEY), null);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).contains(SECRET_COMPANY, SECRET_PHONE);
		assertThat(RawHttp.send(port, "GET", "/%61pi/reviews", key(REVIEW_TOOL_KEY), null).status())
			.as("an encoded letter is the same path, for Spring MVC and the rules alike").isEqualTo(200);
	}

	@Test
	void anOddPathIsRefusedWith400AndAShortProblemWithoutAStackTrace() throws Exception {
		for (String path : List.of("/api;x/reviews", "//api/reviews", "/%2e/api/reviews", "/./api/reviews")) {
			RawHttp.Response response = RawHttp.send(port, "GET", path, key(REVIEW_TOOL_KEY), null);
			assertThat(response.status()).as(path).isEqualTo(400);
			assertThat(response.head()).as(path).containsIgnoringCase("application/problem+json");
			assertThat(response.body()).as(path).contains("not in canonical form").doesNotContain("Exception", "\tat ");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/payments/{ref}/confirm", "/%61pi/payments/{ref}/confirm", "/api;x/payments/{ref}/confirm",
			"/api/payments/{ref}/confirm/", "//api/payments/{ref}/confirm", "/api/payments/{ref};x/confirm" })
	void aSellerWhoKnowsTheirFeeReferenceCannotMarkTheFeePaid(String spelling) throws Exception {
		String path = spelling.replace("{ref}", reference);
		String confirmation = "{\"amount\": 5000, \"paymentId\": \"PAY-FAKE\"}";
		assertThat(RawHttp.send(port, "POST", path, null, confirmation).status()).as(path).isIn(400, 401, 404);
		assertThat(RawHttp.send(port, "POST", path, key(REVIEW_TOOL_KEY), confirmation).status()).as(path).isIn(400, 403, 404);
		assertThat(RawHttp.send(port, "POST", path, key(MARKETPLACE_KEY), confirmation).status()).as(path).isIn(400, 403, 404);
		Document provider = mongo.getCollection("providers").find(new Document("_id", "P-SELLER")).first();
		assertThat(provider.getString("feeStatus")).as("the fee stays unpaid").isEqualTo("AWAITING_PAYMENT");
		assertThat(provider.get("feePaymentId")).isNull();
	}

	@Test
	void thePaymentGatewayConfirmsTheFee() throws Exception {
		RawHttp.Response response = RawHttp.send(port, "POST", "/api/payments/" + reference + "/confirm", key(GATEWAY_KEY),
				"{\"amount\": 5000, \"paymentId\": \"PAY-1\"}");
		assertThat(response.status()).isEqualTo(200);
		Document provider = mongo.getCollection("providers").find(new Document("_id", "P-SELLER")).first();
		assertThat(provider.getString("feeStatus")).isEqualTo("PAID");
		assertThat(provider.getString("feeConfirmedVia")).as("the authenticated client").isEqualTo("gateway");
	}

	@Test
	void eachClientReachesItsScopesOnly() throws Exception {
		String order = "{\"orderId\": \"MK-SEC-1\", \"buyerAccountId\": \"B1\", \"providerId\": \"P-NOPE\", \"productId\": \"X\","
				+ " \"productName\": \"X\", \"pricingPlan\": \"X\", \"amount\": \"1.00\", \"paidAt\": \"2026-01-01T00:00:00Z\"}";
		Map<String, Integer> forbidden = Map.of("GET /api/reviews " + MARKETPLACE_KEY, 403, "GET /api/reviews " + GATEWAY_KEY, 403,
				"GET /api/orders/MK-NOPE " + REVIEW_TOOL_KEY, 403, "GET /api/orders/MK-NOPE " + GATEWAY_KEY, 403,
				"GET /api/orders/MK-NOPE " + MARKETPLACE_KEY, 404, "GET /api/reviews/RT-LEAK0001 " + REVIEW_TOOL_KEY, 200,
				"GET /api/unknown " + MARKETPLACE_KEY, 403, "GET /api/reviews wrong-key-0123456789abcdefghijklmnopqrs", 401);
		for (var call : forbidden.entrySet()) {
			String[] parts = call.getKey().split(" ");
			RawHttp.Response response = RawHttp.send(port, parts[0], parts[1], key(parts[2]), null);
			assertThat(response.status()).as(call.getKey()).isEqualTo(call.getValue());
			if (call.getValue() >= 400 && call.getValue() != 404) {
				assertThat(response.head()).containsIgnoringCase("application/problem+json");
			}
		}
		assertThat(RawHttp.send(port, "POST", "/api/orders", key(REVIEW_TOOL_KEY), order).status()).isEqualTo(403);
		assertThat(RawHttp.send(port, "POST", "/api/orders", key(GATEWAY_KEY), order).status()).isEqualTo(403);
		assertThat(RawHttp.send(port, "POST", "/api/orders", key(MARKETPLACE_KEY), order).body())
			.as("reaches the order rules").contains("P-NOPE");
		assertThat(RawHttp.send(port, "POST", "/api/payments/" + reference + "/confirm", key(REVIEW_TOOL_KEY),
				"{\"amount\": 5000, \"paymentId\": \"PAY-2\"}").status()).isEqualTo(403);
	}

	@Test
	void theReviewerMustBeAConfiguredReviewer() throws Exception {
		for (String reviewer : List.of("mallory", "840000299", "0", "-840000201")) {
			RawHttp.Response response = RawHttp.send(port, "POST", "/api/reviews/RT-LEAK0001/claim", key(REVIEW_TOOL_KEY),
					"{\"reviewer\": \"" + reviewer + "\"}");
			assertThat(response.status()).as(reviewer).isEqualTo(403);
			assertThat(response.head()).containsIgnoringCase("application/problem+json");
			assertThat(response.body()).contains("configured reviewer");
		}
		assertThat(mongo.getCollection("review_tickets").find(new Document("_id", "RT-LEAK0001")).first().getString("status"))
			.isEqualTo("OPEN");
		RawHttp.Response claimed = RawHttp.send(port, "POST", "/api/reviews/RT-LEAK0001/claim", key(REVIEW_TOOL_KEY),
				"{\"reviewer\": \"" + REVIEWER + "\"}");
		assertThat(claimed.status()).isEqualTo(200);
		assertThat(claimed.body()).contains("\"status\":\"CLAIMED\"", "\"reviewer\":\"" + REVIEWER + "\"");
		List<Document> history = mongo.getCollection("review_tickets").find(new Document("_id", "RT-LEAK0001")).first()
			.getList("history", Document.class);
		assertThat(history).last().satisfies(entry -> {
			assertThat(entry.getString("status")).isEqualTo("CLAIMED");
			assertThat(entry.getString("by")).as("the person").isEqualTo(REVIEWER);
			assertThat(entry.getString("via")).as("the authenticated client").isEqualTo("review-tool");
		});
	}

	@Test
	void everyFreeTextIsAtMostAThousandCharacters() throws Exception {
		String tooLong = "x".repeat(1001);
		Map<String, String> calls = Map.of("reviewer",
				"/api/reviews/RT-LEAK0001/claim {\"reviewer\": \"" + tooLong + "\"}", "reason",
				"/api/reviews/RT-LEAK0001/reject {\"reviewer\": \"" + REVIEWER + "\", \"reason\": \"" + tooLong + "\"}", "remark",
				"/api/reviews/RT-LEAK0001/approve {\"reviewer\": \"" + REVIEWER + "\", \"remark\": \"" + tooLong + "\"}");
		for (var call : calls.entrySet()) {
			String[] parts = call.getValue().split(" ", 2);
			RawHttp.Response response = RawHttp.send(port, "POST", parts[0], key(REVIEW_TOOL_KEY), parts[1]);
			assertThat(response.status()).as(call.getKey()).isEqualTo(400);
			assertThat(response.head()).containsIgnoringCase("application/problem+json");
			assertThat(response.body()).as(call.getKey()).contains("\"field\":\"" + call.getKey() + "\"");
		}
		RawHttp.Response payment = RawHttp.send(port, "POST", "/api/payments/" + reference + "/confirm", key(GATEWAY_KEY),
				"{\"amount\": 5000, \"paymentId\": \"" + tooLong + "\"}");
		assertThat(payment.status()).isEqualTo(400);
		assertThat(payment.body()).contains("\"field\":\"paymentId\"");
		RawHttp.Response order = RawHttp.send(port, "POST", "/api/orders", key(MARKETPLACE_KEY),
				"{\"orderId\": \"MK-SEC-2\", \"productName\": \"" + tooLong + "\"}");
		assertThat(order.status()).isEqualTo(400);
		assertThat(order.body()).contains("\"field\":\"productName\"");
		assertThat(RawHttp.send(port, "POST", "/api/reviews/RT-LEAK0001/claim", key(REVIEW_TOOL_KEY),
				"{\"reviewer\": \"" + REVIEWER + "\"}").status()).as("1000 characters and less pass").isEqualTo(200);
	}

	@Test
	void theOpenApiDescriptionDeclaresTheApiKeyScheme() throws Exception {
		RawHttp.Response docs = RawHttp.send(port, "GET", "/v3/api-docs", null, null);
		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.body()).contains("\"securitySchemes\"", "\"apiKey\"", "\"X-Api-Key\"")
			.doesNotContain("\"name\":\"client\"");
	}

	@Test
	void theControllersCheckTheirScopeThemselvesToo() throws Exception {
		Object reviews = context.getBean("reviewApi");
		Method list = ReflectionUtils.findMethod(reviews.getClass(), "list", String.class, int.class);
		ReflectionUtils.makeAccessible(list);
		assertThatThrownBy(() -> list.invoke(reviews, null, 10)).cause()
			.as("no client at all").isInstanceOf(AuthenticationCredentialsNotFoundException.class);
		try {
			SecurityContextHolder.getContext()
				.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("marketplace", null,
						List.of(new SimpleGrantedAuthority(ApiScope.ORDERS.authority()))));
			assertThatThrownBy(() -> list.invoke(reviews, null, 10)).cause()
				.as("a client without the scope").isInstanceOf(AccessDeniedException.class);
			SecurityContextHolder.getContext()
				.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("review-tool", null,
						List.of(new SimpleGrantedAuthority(ApiScope.REVIEWS.authority()))));
			assertThat(list.invoke(reviews, null, 10)).asList().isNotEmpty();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static String key(String key) {
		return "X-Api-Key: " + key;
	}

}
