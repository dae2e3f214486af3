package dev.marketassist.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.marketassist.testing.TestMongo;
import dev.marketassist.core.InvalidValue;
import dev.marketassist.core.Refused;
import dev.marketassist.core.calendar.CalendarFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.repository.support.MongoRepositoryFactory;

/** Claiming, deciding and settling review tickets on mongo-java-server. */
class ReviewDecisionsIntegrationTests {

	// Friday 2026-11-20, 18:00 in Beijing
	final MutableTestClock clock = new MutableTestClock(Instant.parse("2026-11-20T10:00:00Z"));

	TestMongo.Server server;

	MongoClient client;

	ReviewTickets tickets;

	ReviewManagement reviews;

	ReviewDecisions decisions;

	ReviewSettlement settlement;

	ReviewQueue queue;

	final List<ReviewDecided> published = new ArrayList<>();

	int failuresToCome;

	@BeforeEach
	void setUp() {
		server = TestMongo.start();
		client = MongoClients.create(server.bindAndGetConnectionString());
		MongoTemplate mongo = new MongoTemplate(client, server.database("reviews"));
		tickets = new MongoRepositoryFactory(mongo).getRepository(ReviewTickets.class);
		reviews = new ReviewManagement(tickets, CalendarFixtures.china2026(), ReviewSettings.defaults(), clock);
		settlement = new ReviewSettlement(mongo, event -> {
			if (failuresToCome > 0) {
				failuresToCome--;
				throw new IllegalStateException("the chat store is down");
			}
			published.add((ReviewDecided) event);
		}, clock);
		decisions = new ReviewDecisions(tickets, settlement, clock);
		queue = new ReviewQueue(mongo, clock);
	}

	@AfterEach
	void tearDown() {
		client.close();
		server.shutdownNow();
	}

	ReviewTicket shop() {
		return reviews.open(ReviewSubject.SHOP, "P1", "P1", Map.of("scope", "ops"), 3, true);
	}

	@Test
	void opensAFridayEveningSubmissionDueAtTheEndOfWednesday() {
		assertThat(shop().getDueAt()).isEqualTo(Instant.parse("2026-11-25T16:00:00Z"));
	}

	@Test
	void approvesAClaimedTicketAndPublishesTheDecisionOnce() {
		ReviewTicket ticket = shop();
		decisions.claim(ticket.getId(), "rita");
		ReviewTicket approved = decisions.approve(ticket.getId(), "rita", "welcome");
		assertThat(approved.getStatus()).isEqualTo(ReviewStatus.APPROVED);
		assertThat(approved.getDecidedAt()).isEqualTo(clock.instant());
		assertThat(published).singleElement().satisfies(event -> {
			assertThat(event.approved()).isTrue();
			assertThat(event.reason()).isEqualTo("welcome");
		});
		assertThat(decisions.approve(ticket.getId(), "rita", null).getStatus()).isEqualTo(ReviewStatus.APPROVED);
		assertThat(published).as("the same decision again publishes nothing").hasSize(1);
		assertThat(tickets.findById(ticket.getId()).orElseThrow().getHistory()).extracting(ReviewTicket.Entry::status)
			.containsExactly(ReviewStatus.OPEN, ReviewStatus.CLAIMED, ReviewStatus.APPROVED);
	}

	@Test
	void rejectsWithATemplateAndFreeTextButNeverWithoutAReason() {
		ReviewTicket ticket = shop();
		decisions.claim(ticket.getId(), "rita");
		assertThatThrownBy(() -> decisions.reject(ticket.getId(), "rita", null, " ")).isInstanceOf(InvalidValue.class)
			.hasMessage("invalid.review.reason");
		assertThatThrownBy(() -> decisions.reject(ticket.getId(), "rita", "other", null)).isInstanceOf(InvalidValue.class);
		assertThatThrownBy(() -> decisions.reject(ticket.getId(), "rita", "made-up", "x")).isInstanceOf(InvalidValue.class);
		ReviewTicket rejected = decisions.reject(ticket.getId(), "rita", "incomplete", "add the licence");
		assertThat(rejected.getStatus()).isEqualTo(ReviewStatus.REJECTED);
		assertThat(rejected.getReasonCode()).isEqualTo("incomplete");
		assertThat(rejected.getReason()).isEqualTo("add the licence");
		assertThat(published).singleElement().satisfies(event -> assertThat(event.approved()).isFalse());
	}

	@Test
	void refusesDecisionsWithoutAClaimAndMovesByAnotherReviewer() {
		ReviewTicket ticket = shop();
		assertThatThrownBy(() -> decisions.approve(ticket.getId(), "rita", null)).isInstanceOf(Refused.class)
			.hasMessage("refused.review.approve");
		assertThatThrownBy(() -> decisions.release(ticket.getId(), "rita")).isInstanceOf(Refused.class)
			.hasMessage("refused.review.release");
		decisions.claim(ticket.getId(), "rita");
		assertThat(decisions.claim(ticket.getId(), "rita").getReviewer()).as("claiming again is harmless").isEqualTo("rita");
		assertThatThrownBy(() -> decisions.claim(ticket.getId(), "sam")).isInstanceOf(Refused.class)
			.hasMessage("refused.review.taken");
		assertThatThrownBy(() -> decisions.reject(ticket.getId(), "sam", "incomplete", null)).isInstanceOf(Refused.class)
			.hasMessage("refused.review.not-yours");
		assertThatThrownBy(() -> decisions.release(ticket.getId(), "sam")).isInstanceOf(Refused.class);
		decisions.release(ticket.getId(), "rita");
		assertThat(decisions.claim(ticket.getId(), "sam").getReviewer()).isEqualTo("sam");
		decisions.approve(ticket.getId(), "sam", null);
		assertThatThrownBy(() -> decisions.reject(ticket.getId(), "sam", "incomplete", null)).isInstanceOf(Refused.class)
			.hasMessage("refused.review.reject");
		assertThat(published).hasSize(1);
	}

	@Test
	void refusesReviewingATicketThatWaitsForTheFee() {
		ReviewTicket waiting = reviews.open(ReviewSubject.ACCOUNT_CHANGE, "P2", "P2", Map.of(), 3, false);
		assertThatThrownBy(() -> decisions.claim(waiting.getId(), "rita")).isInstanceOf(Refused.class)
			.hasMessage("refused.review.claim");
		assertThat(queue.pending(10).tickets()).isEmpty();
		reviews.startWaiting("P2");
		assertThat(queue.pending(10).tickets()).extracting(ReviewTicket::getId).containsExactly(waiting.getId());
	}

	@Test
	void settlesADecisionWhoseListenersFailedOnceTheyWorkAgain() {
		ReviewTicket ticket = shop();
		decisions.claim(ticket.getId(), "rita");
		failuresToCome = 1;
		decisions.approve(ticket.getId(), "rita", null);
		assertThat(published).isEmpty();
		assertThat(tickets.findById(ticket.getId()).orElseThrow().getSettledAt()).isNull();
		assertThat(settlement.settlePending(Duration.ofSeconds(30), 10)).as("not before the grace period").isZero();

		clock.advance(Duration.ofMinutes(1));
		assertThat(settlement.settlePending(Duration.ofSeconds(30), 10)).isEqualTo(1);
		assertThat(published).singleElement().satisfies(event -> assertThat(event.ticketId()).isEqualTo(ticket.getId()));
		assertThat(tickets.findById(ticket.getId()).orElseThrow().getSettledAt()).isNotNull();
		assertThat(settlement.settlePending(Duration.ZERO, 10)).as("settled once").isZero();
	}

	@Test
	void listsTheQueueOverdueFirstAndAnnouncesEachOverdueTicketOnce() {
		ReviewTicket image = reviews.open(ReviewSubject.PRODUCT_NEW, "X1", "P1", Map.of(), 7, true);
		ReviewTicket shop = shop();
		clock.advance(Duration.ofDays(6));
		ReviewQueue.Summary summary = queue.pending(10);
		assertThat(summary.tickets()).extracting(ReviewTicket::getId).containsExactly(shop.getId(), image.getId());
		assertThat(summary.overdue()).isEqualTo(1);
		assertThat(summary.open()).isEqualTo(2);
		assertThat(queue.unannouncedOverdue(10)).extracting(ReviewTicket::getId).containsExactly(shop.getId());
		queue.overdueAnnounced(shop.getId());
		assertThat(queue.unannouncedOverdue(10)).isEmpty();
		assertThat(decisions.claim(shop.getId(), "rita").getStatus()).as("an announced ticket can still be claimed")
			.isEqualTo(ReviewStatus.CLAIMED);
	}

	/** A clock the test moves. */
	static final class MutableTestClock extends java.time.Clock {

		private Instant now;

		MutableTestClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public java.time.Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

}
