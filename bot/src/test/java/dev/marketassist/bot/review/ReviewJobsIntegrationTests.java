package dev.marketassist.bot.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import dev.marketassist.bot.order.OrderApps;
import dev.marketassist.review.ReviewDecisions;
import dev.marketassist.review.ReviewManagement;
import dev.marketassist.review.ReviewStatus;
import dev.marketassist.review.ReviewSubject;
import dev.marketassist.review.ReviewTicket;
import dev.marketassist.review.ReviewTickets;
import dev.marketassist.testing.SentMessage;
import dev.marketassist.testing.StandInBotApi;
import dev.marketassist.testing.TgUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import dev.marketassist.testing.MutableClock;

/**
 * The review desk's clockwork through the stand-in Bot API, with a clock the test moves: the
 * overdue alert (once per ticket, to every listed reviewer in their language, with a Claim button
 * that claims) and the daily digest (once per working day after 09:00 Beijing time, none on
 * weekends and public holidays). The jobs are called directly; the scheduler's first run is an
 * hour away.
 */
class ReviewJobsIntegrationTests {

	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	static final TgUser wang = new TgUser(830_000_001L, "王审核", "zh-hans");

	static final TgUser rita = new TgUser(830_000_002L, "Rita", "en");

	static final long OPERATOR = 93_000_001L;

	/** Long enough for a queued message to reach the stand-in and short enough to keep the test quick. */
	static final Duration QUIET = Duration.ofMillis(700);

	final MutableClock clock = new MutableClock(bj("2026-11-23T10:00"));

	StandInBotApi telegram;

	ConfigurableApplicationContext app;

	ReviewJobs jobs;

	String providerId;

	@BeforeEach
	void start() {
		telegram = StandInBotApi.start(OrderApps.TOKEN);
		app = OrderApps.start(telegram, clock, "--market.jobs.initial-delay=1h",
				"--market.reviewers.ids=" + wang.id() + "," + rita.id());
		jobs = app.getBean(ReviewJobs.class);
		providerId = OrderApps.provider(app, OPERATOR).getId();
		for (TgUser reviewer : List.of(wang, rita)) {
			telegram.injectText(reviewer, "/start");
			telegram.awaitMessage(reviewer.chatId(), m -> true);
		}
	}

	@AfterEach
	void stop() {
		if (app != null) {
			app.close();
		}
		telegram.close();
	}

	@Test
	void alertsEachListedReviewerOnceInTheirLanguageWhenATicketBecomesOverdueAndTheClaimButtonClaimsIt() {
		// Monday 10:00: due at the end of Thursday (3 working days)
		ReviewTicket late = open();
		assertThat(late.getDueAt()).isEqualTo(bj("2026-11-27T00:00"));
		clock.set(bj("2026-11-26T10:00"));
		ReviewTicket early = open();
		jobs.alertOverdue();
		await().during(QUIET).atMost(QUIET.multipliedBy(3))
			.until(() -> alerts(wang).isEmpty() && alerts(rita).isEmpty());

		clock.set(bj("2026-11-27T00:00"));
		jobs.alertOverdue();
		SentMessage zh = telegram.awaitText(wang.chatId(), "已超期");
		SentMessage en = telegram.awaitText(rita.chatId(), "is overdue");
		assertThat(zh.text()).contains("审核单 " + late.getId() + " 已超期").contains("店铺").contains("应于 2026-11-26 当天结束前给出结果");
		assertThat(zh.buttonTexts()).containsExactly("🙋 领取");
		assertThat(en.text()).isEqualTo("⚠️ Review " + late.getId() + " is overdue: Shop, decision was due by the end of 2026-11-26.");
		assertThat(en.buttonTexts()).containsExactly("🙋 Claim");

		clock.advance(Duration.ofHours(3));
		jobs.alertOverdue();
		jobs.alertOverdue();
		await().during(QUIET).atMost(QUIET.multipliedBy(3))
			.until(() -> alerts(wang).size() == 1 && alerts(rita).size() == 1);
		assertThat(alerts(wang)).as("the ticket not yet due is not announced").noneMatch(t -> t.contains(early.getId()));
		assertThat(alerts(rita)).noneMatch(t -> t.contains(early.getId()));
		assertThat(tickets().findById(early.getId()).orElseThrow().getStatus()).isEqualTo(ReviewStatus.OPEN);

		telegram.clickButton(rita, en, "🙋 Claim");
		SentMessage claimed = telegram.awaitMessage(rita.chatId(),
				m -> m.text().contains("Review " + late.getId()) && m.text().contains("Status: claimed"),
				StandInBotApi.DEFAULT_TIMEOUT);
		assertThat(claimed.buttonTexts()).contains("✅ Approve", "❌ Reject", "↩️ Release");
		ReviewTicket taken = tickets().findById(late.getId()).orElseThrow();
		assertThat(taken.getStatus()).isEqualTo(ReviewStatus.CLAIMED);
		assertThat(taken.getReviewer()).isEqualTo(Long.toString(rita.id()));

		// the alert became the claimed ticket in place; another run sends neither of them anything
		int ritasMessages = telegram.messages(rita.chatId()).size();
		jobs.alertOverdue();
		await().during(QUIET).atMost(QUIET.multipliedBy(3))
			.until(() -> alerts(wang).size() == 1 && telegram.messages(rita.chatId()).size() == ritasMessages);
	}

	@Test
	void sendsNoDigestOnAWorkingDayWithNothingToReview() {
		clock.set(bj("2026-11-24T10:00"));
		jobs.digest();
		await().during(QUIET).atMost(QUIET.multipliedBy(3)).until(() -> digests(wang).isEmpty() && digests(rita).isEmpty());
		open();
		jobs.digest();
		assertThat(telegram.awaitText(rita.chatId(), "Daily review digest").text())
			.isEqualTo("📋 Daily review digest: 1 open, 0 claimed, 0 overdue.");
	}

	@Test
	void sendsEachListedReviewerOneDigestAWorkingDayAfterNineBeijingTimeAndNoneOnWeekendsOrHolidays() {
		// a public holiday on a Thursday (National Day): no digest even in the afternoon
		clock.set(bj("2026-10-01T15:00"));
		jobs.digest();
		await().during(QUIET).atMost(QUIET.multipliedBy(3)).until(() -> digests(wang).isEmpty() && digests(rita).isEmpty());

		// two tickets overdue by Monday, one open and one claimed due on Friday
		clock.set(bj("2026-11-16T10:00"));
		open();
		open();
		clock.set(bj("2026-11-23T08:00"));
		open();
		ReviewTicket claimed = open();
		app.getBean(ReviewDecisions.class).claim(claimed.getId(), "alice");

		clock.set(bj("2026-11-23T08:59"));
		jobs.digest();
		await().during(QUIET).atMost(QUIET.multipliedBy(3)).until(() -> digests(wang).isEmpty() && digests(rita).isEmpty());

		clock.set(bj("2026-11-23T09:00"));
		jobs.digest();
		assertThat(telegram.awaitText(wang.chatId(), "每日审核摘要").text())
			.isEqualTo("📋 每日审核摘要：待审核 3，审核中 1，已超期 2。");
		SentMessage en = telegram.awaitText(rita.chatId(), "Daily review digest");
		assertThat(en.text()).isEqualTo("📋 Daily review digest: 3 open, 1 claimed, 2 overdue.");
		assertThat(en.buttonTexts()).containsExactly("📋 Back to the queue");

		clock.set(bj("2026-11-23T17:30"));
		jobs.digest();
		await().during(QUIET).atMost(QUIET.multipliedBy(3)).until(() -> digests(wang).size() == 1 && digests(rita).size() == 1);

		// Saturday and Sunday: none
		clock.set(bj("2026-11-28T10:00"));
		jobs.digest();
		clock.set(bj("2026-11-29T10:00"));
		jobs.digest();
		await().during(QUIET).atMost(QUIET.multipliedBy(3)).until(() -> digests(wang).size() == 1 && digests(rita).size() == 1);

		// the next working day: a new one, all four now overdue
		clock.set(bj("2026-11-30T09:15"));
		jobs.digest();
		await().atMost(StandInBotApi.DEFAULT_TIMEOUT).until(() -> digests(wang).size() == 2 && digests(rita).size() == 2);
		assertThat(digests(wang).get(1)).isEqualTo("📋 每日审核摘要：待审核 3，审核中 1，已超期 4。");
		assertThat(digests(rita).get(1)).isEqualTo("📋 Daily review digest: 3 open, 1 claimed, 4 overdue.");
		jobs.digest();
		await().during(QUIET).atMost(QUIET.multipliedBy(3)).until(() -> digests(wang).size() == 2 && digests(rita).size() == 2);
	}

	/** An open shop ticket of the provider, submitted now (3 working days). */
	private ReviewTicket open() {
		return app.getBean(ReviewManagement.class)
			.open(ReviewSubject.SHOP, "shop-" + System.nanoTime(), providerId, Map.of("serviceScope", "Linux operations"), 3, true);
	}

	private ReviewTickets tickets() {
		return app.getBean(ReviewTickets.class);
	}

	private List<String> alerts(TgUser reviewer) {
		return texts(reviewer, reviewer == wang ? "已超期" : "is overdue");
	}

	private List<String> digests(TgUser reviewer) {
		return texts(reviewer, reviewer == wang ? "每日审核摘要" : "Daily review digest");
	}

	private List<String> texts(TgUser reviewer, String fragment) {
		return telegram.messages(reviewer.chatId()).stream().map(SentMessage::text).filter(t -> t.contains(fragment)).toList();
	}

	private static Instant bj(String local) {
		return LocalDateTime.parse(local).atZone(BEIJING).toInstant();
	}

}
