package dev.marketassist.bot.sandbox;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Who may use the sandbox, over the application's real MVC setup (the same context as the
 * browser tests): this machine only, state changes only with the sandbox's header, inputs
 * checked as Telegram would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SandboxAccessIntegrationTests {

	@Autowired
	WebApplicationContext context;

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

	private static MockHttpServletRequestBuilder sandboxPost(String path, String json) {
		return post(path).with(from("127.0.0.1")).header(LoopbackGuard.HEADER, "1").contentType(MediaType.APPLICATION_JSON).content(json);
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
