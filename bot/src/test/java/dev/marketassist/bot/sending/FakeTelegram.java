package dev.marketassist.bot.sending;

import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.mockito.Mockito;
import org.mockito.invocation.InvocationOnMock;
import org.mockito.stubbing.Answer;
import org.telegram.telegrambots.meta.api.methods.botapimethods.PartialBotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * A {@link TelegramClient} stand-in: records every {@code execute} and {@code executeAsync} call with its time, checks
 * that no chat ever has two calls in flight, and plays scripted behaviours per chat.
 */
final class FakeTelegram implements Answer<Object> {

	record Received(String method, String chatId, String text, long atNanos) {
	}

	@FunctionalInterface
	interface Behaviour {

		/** Throws to fail the call, or returns normally to let it succeed. */
		void apply() throws TelegramApiException;

	}

	final TelegramClient client = Mockito.mock(TelegramClient.class, this);

	final List<Received> received = new CopyOnWriteArrayList<>();

	final AtomicBoolean overlapped = new AtomicBoolean();

	private final Map<String, Queue<Behaviour>> scripts = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();

	private final AtomicInteger messageIds = new AtomicInteger();

	private final ExecutorService http = Executors.newCachedThreadPool((task) -> {
		Thread thread = new Thread(task, "fake-telegram-http");
		thread.setDaemon(true);
		return thread;
	});

	private volatile Behaviour always = () -> {
	};

	/** Plays the behaviours, one per call, on the next calls for that chat. */
	FakeTelegram script(long chatId, Behaviour... behaviours) {
		this.scripts.computeIfAbsent(String.valueOf(chatId), (id) -> new ConcurrentLinkedQueue<>())
			.addAll(List.of(behaviours));
		return this;
	}

	/** Runs on every call without a scripted behaviour left. */
	FakeTelegram always(Behaviour behaviour) {
		this.always = behaviour;
		return this;
	}

	List<Received> to(long chatId) {
		return this.received.stream().filter((r) -> String.valueOf(chatId).equals(r.chatId())).toList();
	}

	List<Received> ofMethod(String method) {
		return this.received.stream().filter((r) -> r.method().equals(method)).toList();
	}

	@Override
	public Object answer(InvocationOnMock invocation) throws Throwable {
		String name = invocation.getMethod().getName();
		if (name.equals("executeAsync")) {
			// as OkHttp's dispatcher does: the call runs on another thread, the caller gets a future
			PartialBotApiMethod<?> method = invocation.getArgument(0);
			CompletableFuture<Object> future = new CompletableFuture<>();
			this.http.execute(() -> {
				try {
					future.complete(execute(method));
				}
				catch (Throwable ex) {
					future.completeExceptionally(ex);
				}
			});
			return future;
		}
		if (!name.equals("execute")) {
			throw new UnsupportedOperationException(name);
		}
		return execute(invocation.getArgument(0));
	}

	private Object execute(PartialBotApiMethod<?> method) throws TelegramApiException {
		String chatId = (method instanceof SendMessage message) ? message.getChatId()
				: (method instanceof SendDocument document) ? document.getChatId() : "-";
		String text = (method instanceof SendMessage message) ? message.getText() : null;
		AtomicInteger running = this.inFlight.computeIfAbsent(chatId, (id) -> new AtomicInteger());
		if (running.incrementAndGet() > 1 && !"-".equals(chatId)) {
			this.overlapped.set(true);
		}
		try {
			this.received.add(new Received(method.getMethod(), chatId, text, System.nanoTime()));
			Behaviour scripted = this.scripts.getOrDefault(chatId, new ConcurrentLinkedQueue<>()).poll();
			((scripted != null) ? scripted : this.always).apply();
			return (method instanceof SendMessage || method instanceof SendDocument) ? message(text) : Boolean.TRUE;
		}
		finally {
			running.decrementAndGet();
		}
	}

	private Message message(String text) {
		Message message = new Message();
		message.setMessageId(this.messageIds.incrementAndGet());
		message.setText(text);
		return message;
	}

	static Behaviour error(int code, String description) {
		return () -> {
			throw apiError(code, description, null);
		};
	}

	static Behaviour floodWait(int retryAfterSeconds) {
		return () -> {
			throw apiError(429, "Too Many Requests: retry after " + retryAfterSeconds, retryAfterSeconds);
		};
	}

	static Behaviour waitFor(CountDownLatch latch) {
		return () -> {
			try {
				latch.await(20, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new TelegramApiException("Unable to execute sendmessage method", ex);
			}
		};
	}

	static TelegramApiRequestException apiError(int code, String description, Integer retryAfter) {
		ApiResponse<Object> response = ApiResponse.builder()
			.ok(false)
			.errorCode(code)
			.errorDescription(description)
			.parameters((retryAfter != null) ? new ResponseParameters(null, retryAfter) : null)
			.build();
		return new TelegramApiRequestException("Error executing SendMessage query", response);
	}

}
