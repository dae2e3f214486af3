package dev.marketassist.bot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Who may use the sandbox, over the application's real MVC setup (the same context as the
 * browser tests) and over real HTTP: this machine only, never through a proxy, only with the
 * run's token, state changes only with the sandbox's header, inputs checked as Telegram would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SandboxAccessIntegrationTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	SandboxToken token;

	@LocalServerPort
	int port;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).build();
	}

	@Test
	void servesThePageToThisMachineWithAStrictContentSecurityPolicy() throws Exception {
		mvc.perform(get("/").param("persona", "buyer-b").with(from("127.0.0.1")))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(header().string("Content-Security-Policy", SandboxPage.CONTENT_SECURITY_POLICY))
			.andExpect(content().string(containsString("9100000000003")));
		mvc.perform(get("/sandbox/api/chats/seller-a/messages").with(from("::1"))).andExpect(status().isOk());
	}

	@Test
	void refusesClientsOnOtherMachinesWhateverTheyForward() throws Exception {
		mvc.perform(get("/").with(from("203.0.113.7"))).andExpect(status().isForbidden());
		mvc.perform(get("/sandbox/sandbox.js").with(from("192.168.1.20"))).andExpect(status().isForbidden());
		mvc.perform(get("/sandbox/api/chats/seller-a/messages").with(from("10.0.0.5")).header("X-Forwarded-For", "127.0.0.1"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/sandbox/api/chats/seller-a/text").with(from("203.0.113.7"))
			.header(LoopbackGuard.HEADER, "1")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"/start\"}")).andExpect(status().isForbidden());
	}

	@Test
	void refusesAPageOfAnotherSiteThatRebindsItsNameToThisMachine() throws Exception {
		mvc.perform(get("/").with(from("127.0.0.1")).header("Host", "attacker.example:8080")).andExpect(status().isForbidden());
	}

	@Test
	void acceptsInputOnlyWithTheSandboxHeader() throws Exception {
		mvc.perform(post("/sandbox/api/chats/seller-a/text").with(from("127.0.0.1"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"/help\"}")).andExpect(status().isForbidden());
		mvc.perform(post("/sandbox/api/chats/reviewer-c/text").with(from("127.0.0.1"))
			.header(LoopbackGuard.HEADER, "1")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"/help\"}")).andExpect(status().isOk()).andExpect(jsonPath("$.pending").value(false));
	}

	@Test
	void checksInputsAsTelegramWould() throws Exception {
		String tooLong = "{\"messageId\":1,\"data\":\"" + "x".repeat(65) + "\"}";
		mvc.perform(sandboxPost("/sandbox/api/chats/seller-a/press", tooLong)).andExpect(status().isBadRequest());
		mvc.perform(sandboxPost("/sandbox/api/chats/seller-a/text", "{\"text\":\"" + "a".repeat(4097) + "\"}"))
			.andExpect(status().isBadRequest());
		mvc.perform(sandboxPost("/sandbox/api/chats/seller-a/file", "{\"name\":\"a.pdf\",\"type\":\"application/pdf\",\"size\":10,\"photo\":true}"))
			.andExpect(status().isBadRequest());
		// a file's content, when sent, is exactly its size in bytes, in base64
		mvc.perform(sandboxPost("/sandbox/api/chats/seller-a/file",
				"{\"name\":\"a.pdf\",\"type\":\"application/pdf\",\"size\":10,\"content\":\"YWJj\"}"))
			.andExpect(status().isBadRequest());
		mvc.perform(sandboxPost("/sandbox/api/chats/seller-a/file",
				"{\"name\":\"a.pdf\",\"type\":\"application/pdf\",\"size\":3,\"content\":\"not base64!\"}"))
			.andExpect(status().isBadRequest());
		mvc.perform(sandboxPost("/sandbox/api/chats/seller-a/language", "{\"language\":\"fr\"}")).andExpect(status().isBadRequest());
		mvc.perform(sandboxPost("/sandbox/api/chats/nobody/text", "{\"text\":\"hi\"}")).andExpect(status().isNotFound());
	}

	@Test
	void refusesRequestsWithoutTheRunsToken() throws Exception {
		mvc.perform(get("/").with(withoutToken("127.0.0.1")))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("link in the application's log")));
		mvc.perform(get("/").param(SandboxToken.PARAMETER, "guessed").with(withoutToken("127.0.0.1"))).andExpect(status().isForbidden());
		mvc.perform(get("/sandbox/api/chats/seller-a/messages").with(withoutToken("127.0.0.1"))
			.cookie(new Cookie("sandbox_token", token.value() + "x"))).andExpect(status().isForbidden());
		mvc.perform(post("/sandbox/api/chats/seller-a/text").with(withoutToken("127.0.0.1"))
			.header(LoopbackGuard.HEADER, "1")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"/start\"}")).andExpect(status().isForbidden());
	}

	@Test
	void theLinksTokenBecomesACookieForThePagesRequests() throws Exception {
		String cookie = mvc.perform(get("/").param(SandboxToken.PARAMETER, token.value()).with(withoutToken("127.0.0.1")))
			.andExpect(status().isOk())
			.andExpect(header().string("Set-Cookie", allOf(containsString("sandbox_token=" + token.value()),
					containsString("HttpOnly"), containsString("SameSite=Strict"))))
			.andReturn()
			.getResponse()
			.getHeader("Set-Cookie");
		assertThat(cookie).startsWith("sandbox_token=");
		mvc.perform(get("/sandbox/api/chats/seller-a/messages").with(withoutToken("127.0.0.1"))
			.cookie(new Cookie("sandbox_token", token.value()))).andExpect(status().isOk());
	}

	@Test
	void refusesRequestsThatCameThroughAProxyOverRealHttp() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		String page = "http://127.0.0.1:" + port + "/?" + SandboxToken.PARAMETER + "=" + token.value();
		HttpResponse<String> direct = http.send(HttpRequest.newBuilder(URI.create(page)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(direct.statusCode()).isEqualTo(200);
		for (String[] header : new String[][] { { "X-Forwarded-For", "203.0.113.7" }, { "Forwarded", "for=203.0.113.7" },
				{ "X-Forwarded-Host", "127.0.0.1" }, { "X-Forwarded-Proto", "https" } }) {
			HttpResponse<String> proxied = http.send(HttpRequest.newBuilder(URI.create(page)).header(header[0], header[1]).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(proxied.statusCode()).as(header[0]).isEqualTo(403);
			assertThat(proxied.body()).as(header[0]).isEqualTo("The sandbox is not served through a proxy.");
		}
		HttpResponse<String> noToken = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(noToken.statusCode()).isEqualTo(403);
		assertThat(noToken.body()).doesNotContain("<html", "Exception");
	}

	private MockHttpServletRequestBuilder sandboxPost(String path, String json) {
		return post(path).with(from("127.0.0.1")).header(LoopbackGuard.HEADER, "1").contentType(MediaType.APPLICATION_JSON).content(json);
	}

	/** A request from this address with the run's token. */
	private RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			request.addHeader(SandboxToken.HEADER, token.value());
			return request;
		};
	}

	private static RequestPostProcessor withoutToken(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
