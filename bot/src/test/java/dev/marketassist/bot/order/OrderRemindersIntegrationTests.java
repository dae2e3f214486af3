package dev.marketassist.bot.order;

import dev.marketassist.testing.TestMongo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.marketassist.core.schedule.DueTask;
import dev.marketassist.core.schedule.DueTasks;
import dev.marketassist.dialogs.session.ChatSessions;
import dev.marketassist.order.Order;
import dev.marketassist.order.OrderAccess;
import dev.marketassist.order.OrderFollowUps;
import dev.marketassist.order.OrderManagement;
import dev.marketassist.order.OrderStatus;
import dev.marketassist.order.OrderTrigger;
import dev.marketassist.provider.Provider;
import dev.marketassist.testing.SentMessage;
import dev.marketassist.testing.StandInBotApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import dev.marketassist.testing.MutableClock;

/**
 * The buyer's reminders and the automatic confirmation, with a clock the test moves, on one
 * MongoDB server (mongo-java-server) that outlives the application instances: the whole schedule
 * through quiet hours, a dispute, a restart with reminders due (one of them claimed by the
 * instance that died), and two instances at once. Messages are read at the stand-in Bot API.
 */
class OrderRemindersIntegrationTests {

	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	static final long OPERATOR = 91_000_001;

	static final long BUYER = 92_000_001;

	final MutableClock clock = new MutableClock(bj("2026-11-23T10:00"));

	final List<StandInBotApi> telegrams = new ArrayList<>();

	final List<ConfigurableApplicationContext> apps = new ArrayList<>();

	TestMongo.Server mongo;

	/** One database for every instance of a test (with -Preal-mongo a fresh one on that server). */
	String database;

	@BeforeEach
	void startMongo() {
		mongo = TestMongo.start();
		database = mongo.database("market");
	}

	@AfterEach
	void stopAll() {
		apps.forEach(ConfigurableApplicationContext::close);
		telegrams.forEach(StandInBotApi::close);
		mongo.shutdownNow();
	}

	@Test
	void remindsOnScheduleOutsideQuietHoursThenConfirmsAutomaticallyAfter15Days() {
		clock.set(bj("2026-11-23T22:30"));
		StandInBotApi telegram = telegram();
		ConfigurableApplicationContext app = start(telegram);
		Order order = OrderApps.doneOrder(app, OrderApps.provider(app, OPERATOR), OPERATOR, BUYER);
		DueTasks tasks = app.getBean(DueTasks.class);
		OrderJobs jobs = app.getBean(OrderJobs.class);
		List<String> sent = new ArrayList<>();
		Set<String> left = ids(tasks.findBySubject(OrderFollowUps.REMINDER, order.getId()));
		assertThat(left).hasSize(4);
		for (int hour = 0; hour < 15 * 24 && status(app, order) != OrderStatus.COMPLETED; hour++) {
			clock.advance(Duration.ofHours(1));
			jobs.run();
			Set<String> now = ids(tasks.findBySubject(OrderFollowUps.REMINDER, order.getId()));
			if (!now.equals(left)) {
				sent.add(local(clock.instant()));
				left = now;
			}
		}
		sent.add("auto " + local(clock.instant()));
		// each reminder's day ends at 22:30, in quiet hours: it waits for the first run after 08:00
		assertThat(sent).containsExactly("11-25 08:30", "11-27 08:30", "12-01 08:30", "12-07 08:30", "auto 12-08 22:30");

		await().atMost(Duration.ofSeconds(10)).until(() -> texts(telegram, BUYER, "已自动确认").size() == 1);
		assertThat(texts(telegram, BUYER, "⏰ 提醒")).hasSize(4)
			.satisfiesExactly(t -> assertThat(t).contains("还剩 14 天"), t -> assertThat(t).contains("还剩 12 天"),
					t -> assertThat(t).contains("还剩 8 天"), t -> assertThat(t).contains("还剩 2 天").contains("2026-12-08 22:30"));
		assertThat(texts(telegram, BUYER, "已自动确认").get(0)).contains("15 天内未收到答复").contains("分配完成");
		telegram.awaitText(OPERATOR, "买家 15 天内未答复");
		Order done = app.getBean(OrderAccess.class).get(order.getId());
		assertThat(done.getHistory().get(done.getHistory().size() - 1).trigger()).isEqualTo(OrderTrigger.AUTO_CONFIRM);
	}

	@Test
	void stopsRemindingAtOnceWhenTheBuyerSaysItIsNotDone() {
		StandInBotApi telegram = telegram();
		ConfigurableApplicationContext app = start(telegram);
		Order order = OrderApps.doneOrder(app, OrderApps.provider(app, OPERATOR), OPERATOR, BUYER);
		OrderJobs jobs = app.getBean(OrderJobs.class);
		clock.advance(Duration.ofDays(1).plusMinutes(5));
		jobs.run();
		telegram.awaitText(BUYER, "还剩 14 天");

		app.getBean(OrderManagement.class).dispute(order.getId(), BUYER, "从库没有同步");
		telegram.awaitText(OPERATOR, "尚未完成。状态：<b>实施中</b>".replace("<b>", "").replace("</b>", ""));
		DueTasks tasks = app.getBean(DueTasks.class);
		assertThat(tasks.findBySubject(OrderFollowUps.REMINDER, order.getId())).isEmpty();
		assertThat(tasks.findBySubject(OrderFollowUps.AUTO_CONFIRM, order.getId())).isEmpty();
		for (int day = 0; day < 20; day++) {
			clock.advance(Duration.ofDays(1));
			jobs.run();
		}
		await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
			.until(() -> texts(telegram, BUYER, "⏰ 提醒").size() == 1);
		assertThat(status(app, order)).isEqualTo(OrderStatus.IN_PROGRESS);
	}

	@Test
	void losesNoReminderAcrossARestartNotEvenOneClaimedByTheInstanceThatStopped() {
		StandInBotApi before = telegram();
		ConfigurableApplicationContext first = start(before);
		Provider provider = OrderApps.provider(first, OPERATOR);
		Order one = OrderApps.doneOrder(first, provider, OPERATOR, BUYER);
		Order two = OrderApps.doneOrder(first, provider, OPERATOR, BUYER + 1);
		// the order's notices delivered first: the instance stops between claiming a reminder and sending it, not in
		// the middle of a delivery (whose lease, on this test's frozen clock, would never expire for the next instance)
		await().atMost(Duration.ofSeconds(10)).until(() -> delivered(first, OPERATOR, BUYER, BUYER + 1));
		clock.advance(Duration.ofDays(1).plusHours(1));
		assertThat(first.getBean(OrderFollowUps.class).claimReminders(1)).as("claimed, then the instance stops").hasSize(1);
		first.close();

		StandInBotApi after = telegram();
		ConfigurableApplicationContext second = start(after, "--market.orders.sweep-initial-delay=100ms",
				"--market.orders.sweep-interval=200ms");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> texts(after, BUYER, "⏰ 提醒").size() + texts(after, BUYER + 1, "⏰ 提醒").size() == 1);
		clock.advance(Duration.ofMinutes(3));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> texts(after, BUYER, "⏰ 提醒").size() + texts(after, BUYER + 1, "⏰ 提醒").size() == 2);
		await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(2))
			.until(() -> texts(after, BUYER, "⏰ 提醒").size() == 1 && texts(after, BUYER + 1, "⏰ 提醒").size() == 1);
		assertThat(texts(before, BUYER, "⏰ 提醒")).isEmpty();
		assertThat(second.getBean(DueTasks.class).findBySubject(OrderFollowUps.REMINDER, one.getId())).hasSize(3);
		assertThat(second.getBean(DueTasks.class).findBySubject(OrderFollowUps.REMINDER, two.getId())).hasSize(3);
	}

	@Test
	void letsTwoInstancesOnOneMongoDbSendEachReminderAndConfirmEachOrderOnce() throws Exception {
		StandInBotApi telegramA = telegram();
		StandInBotApi telegramB = telegram();
		ConfigurableApplicationContext a = start(telegramA);
		ConfigurableApplicationContext b = start(telegramB);
		Provider provider = OrderApps.provider(a, OPERATOR);
		int buyers = 12;
		List<Order> orders = new ArrayList<>();
		for (int i = 0; i < buyers; i++) {
			orders.add(OrderApps.doneOrder(a, provider, OPERATOR, BUYER + i));
		}
		ChatSessions sessions = a.getBean(ChatSessions.class);
		await().atMost(Duration.ofSeconds(10)).until(() -> orders.stream()
			.allMatch(o -> sessions.findById(o.getBuyerTelegramUserId() + ":" + o.getBuyerTelegramUserId()).orElseThrow().getOutbox().isEmpty()));

		clock.advance(Duration.ofDays(1).plusHours(1));
		runTogether(a.getBean(OrderJobs.class), b.getBean(OrderJobs.class));
		await().atMost(Duration.ofSeconds(10)).until(() -> reminders(telegramA, telegramB, buyers) >= buyers);
		await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> reminders(telegramA, telegramB, buyers) == buyers);
		for (int i = 0; i < buyers; i++) {
			assertThat(texts(telegramA, BUYER + i, "⏰ 提醒").size() + texts(telegramB, BUYER + i, "⏰ 提醒").size()).as("buyer %d", i)
				.isEqualTo(1);
		}
		await().atMost(Duration.ofSeconds(10)).until(() -> orders.stream()
			.allMatch(o -> sessions.findById(o.getBuyerTelegramUserId() + ":" + o.getBuyerTelegramUserId()).orElseThrow().getOutbox().isEmpty()));

		clock.advance(Duration.ofDays(14));
		runTogether(a.getBean(OrderJobs.class), b.getBean(OrderJobs.class));
		for (Order order : orders) {
			Order done = a.getBean(OrderAccess.class).get(order.getId());
			assertThat(done.getStatus()).isEqualTo(OrderStatus.COMPLETED);
			assertThat(done.getHistory().stream().filter(r -> r.trigger() == OrderTrigger.AUTO_CONFIRM)).hasSize(1);
		}
		await().atMost(Duration.ofSeconds(10)).until(() -> confirmations(telegramA, telegramB, buyers) >= buyers);
		await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
			.until(() -> confirmations(telegramA, telegramB, buyers) == buyers && reminders(telegramA, telegramB, buyers) == buyers);
	}

	/** Both instances run their order jobs at the same moment, three times. */
	private static void runTogether(OrderJobs a, OrderJobs b) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 3; round++) {
				CountDownLatch go = new CountDownLatch(1);
				List<Future<?>> runs = List.of(pool.submit(() -> runAfter(go, a)), pool.submit(() -> runAfter(go, b)));
				go.countDown();
				for (Future<?> run : runs) {
					run.get();
				}
			}
		}
		finally {
			pool.shutdown();
		}
	}

	private static Void runAfter(CountDownLatch go, OrderJobs jobs) throws InterruptedException {
		go.await();
		jobs.run();
		return null;
	}

	private static int reminders(StandInBotApi a, StandInBotApi b, int buyers) {
		int count = 0;
		for (int i = 0; i < buyers; i++) {
			count += texts(a, BUYER + i, "⏰ 提醒").size() + texts(b, BUYER + i, "⏰ 提醒").size();
		}
		return count;
	}

	private static int confirmations(StandInBotApi a, StandInBotApi b, int buyers) {
		int count = 0;
		for (int i = 0; i < buyers; i++) {
			count += texts(a, BUYER + i, "已自动确认").size() + texts(b, BUYER + i, "已自动确认").size();
		}
		return count;
	}

	private StandInBotApi telegram() {
		StandInBotApi telegram = StandInBotApi.start(OrderApps.TOKEN);
		telegrams.add(telegram);
		return telegram;
	}

	private ConfigurableApplicationContext start(StandInBotApi telegram, String... extra) {
		List<String> args = new ArrayList<>(List.of("--MONGODB_URI=" + TestMongo.withDatabase(mongo.bindAndGetConnectionString(), database),
				"--spring.mongodb.database=" + database));
		args.addAll(extra.length > 0 ? List.of(extra) : List.of("--market.orders.sweep-initial-delay=1h"));
		ConfigurableApplicationContext app = OrderApps.start(telegram, clock, args.toArray(String[]::new));
		apps.add(app);
		return app;
	}

	private static List<String> texts(StandInBotApi telegram, long chat, String fragment) {
		return telegram.messages(chat).stream().map(SentMessage::text).filter(t -> t.contains(fragment)).toList();
	}

	private static OrderStatus status(ConfigurableApplicationContext app, Order order) {
		return app.getBean(OrderAccess.class).get(order.getId()).getStatus();
	}

	private static Set<String> ids(List<DueTask> tasks) {
		Set<String> ids = new HashSet<>();
		tasks.forEach(task -> ids.add(task.id()));
		return ids;
	}

	private static Instant bj(String local) {
		return LocalDateTime.parse(local).atZone(BEIJING).toInstant();
	}

	private static String local(Instant instant) {
		return DateTimeFormatter.ofPattern("MM-dd HH:mm").format(instant.atZone(BEIJING));
	}


	/** Whether every reply queued for these users' chats was delivered (nothing owed, no delivery under way). */
	private static boolean delivered(ConfigurableApplicationContext app, long... users) {
		var sessions = app.getBean(dev.marketassist.dialogs.session.ChatSessions.class);
		for (long user : users) {
			var session = sessions.findById(user + ":" + user).orElse(null);
			if (session != null && (!session.getOutbox().isEmpty() || session.getLease() != null)) {
				return false;
			}
		}
		return true;
	}

}
