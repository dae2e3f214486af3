package dev.marketassist.bot.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import dev.marketassist.dialogs.Conversation;
import dev.marketassist.dialogs.Dialogs;
import dev.marketassist.dialogs.DialogsConfiguration;
import dev.marketassist.dialogs.Inbound;
import dev.marketassist.dialogs.Input;
import dev.marketassist.dialogs.Language;
import dev.marketassist.dialogs.Outcome;
import dev.marketassist.dialogs.Texts;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

/** Failures while handling: a bug gets an apology, an outage a single "delayed" notice and a retry. */
class ChatPipelineTests {

	final Dialogs dialogs = mock(Dialogs.class);

	final List<String> notices = new CopyOnWriteArrayList<>();

	final List<Outcome> delivered = new CopyOnWriteArrayList<>();

	final Deliverer deliverer = new Deliverer() {
		@Override
		public void deliver(Outcome outcome, String callbackId) {
			delivered.add(outcome);
		}

		@Override
		public void notify(Conversation to, String html, String callbackId) {
			notices.add(html);
		}
	};

	final ChatPipeline pipeline = new ChatPipeline(dialogs, deliverer, 2, Duration.ofMillis(50), new SimpleMeterRegistry());

	final Conversation zh = new Conversation(5, 5, "zh", "李");

	@AfterEach
	void close() {
		pipeline.close();
	}

	@Test
	void apologisesInTheUsersLanguageWhenHandlingFailsWithABug() throws Exception {
		when(dialogs.texts(any())).thenReturn(new Texts(DialogsConfiguration.bundles(), Language.ZH_CN));
		when(dialogs.handle(any())).thenThrow(new IllegalStateException("bug"));
		pipeline.submit(new IncomingUpdate(new Inbound(1, zh, new Input.Text("hi")), null)).get(5, TimeUnit.SECONDS);
		assertThat(notices).containsExactly("抱歉，我们这边出了点问题。请稍后再试，您之前填写的内容不会丢失。");
		assertThat(String.join("", notices)).doesNotContain("IllegalStateException").doesNotContain("bug");
		assertThat(delivered).isEmpty();
	}

	@Test
	void retriesWhileMongoIsUnreachableAndSaysDelayedOnce() throws Exception {
		when(dialogs.texts(any())).thenReturn(new Texts(DialogsConfiguration.bundles(), Language.EN));
		Outcome ok = new Outcome("5:5", 5, List.of(), null, false);
		when(dialogs.handle(any())).thenThrow(new DataAccessResourceFailureException("down"))
			.thenThrow(new DataAccessResourceFailureException("down"))
			.thenThrow(new DataAccessResourceFailureException("down"))
			.thenReturn(ok);
		pipeline.submit(new IncomingUpdate(new Inbound(1, zh, new Input.Text("hi")), null)).get(5, TimeUnit.SECONDS);
		// the future completes once recorded; delivery follows on the chat's worker
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> !delivered.isEmpty());
		assertThat(notices).hasSize(1).allMatch(text -> text.contains("running slowly"));
		assertThat(delivered).containsExactly(ok);
	}

	@Test
	void recognisesTransientFailuresThroughTheCauseChain() {
		assertThat(ChatPipeline.isTransient(new RuntimeException(new com.mongodb.MongoSocketOpenException("refused",
				new com.mongodb.ServerAddress())))).isTrue();
		assertThat(ChatPipeline.isTransient(new IllegalArgumentException("bug"))).isFalse();
	}

}
