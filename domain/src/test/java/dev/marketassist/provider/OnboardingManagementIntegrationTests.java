package dev.marketassist.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marketassist.core.input.PhoneNumber;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.marketassist.testing.TestMongo;
import dev.marketassist.core.InvalidValue;
import dev.marketassist.core.Refused;
import dev.marketassist.core.calendar.CalendarFixtures;
import dev.marketassist.core.crypto.FieldCipher;
import dev.marketassist.core.schedule.DueTasks;
import dev.marketassist.review.ReviewManagement;
import dev.marketassist.review.ReviewSettings;
import dev.marketassist.review.ReviewStatus;
import dev.marketassist.review.ReviewSubject;
import dev.marketassist.review.ReviewTicket;
import dev.marketassist.review.ReviewTickets;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.repository.support.MongoRepositoryFactory;
import org.springframework.data.repository.core.support.RepositoryComposition.RepositoryFragments;

/** The onboarding steps after the company details and the team's invitations, on mongo-java-server. */
class OnboardingManagementIntegrationTests {

	// Friday 2026-11-20, 18:00 in Beijing
	final Clock clock = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);

	TestMongo.Server server;

	MongoClient client;

	MongoTemplate mongo;

	Providers providers;

	DueTasks tasks;

	ReviewTickets tickets;

	ReviewManagement reviews;

	OnboardingManagement onboarding;

	TeamManagement team;

	Provider provider;

	final long owner = 1001;

	@BeforeEach
	void setUp() {
		server = TestMongo.start();
		client = MongoClients.create(server.bindAndGetConnectionString());
		mongo = new MongoTemplate(client, server.database("onboarding"));
		var mapping = (org.springframework.data.mongodb.core.mapping.MongoMappingContext) mongo.getConverter().getMappingContext();
		new org.springframework.data.mongodb.core.index.MongoPersistentEntityIndexResolver(mapping).resolveIndexFor(Provider.class)
			.forEach(index -> mongo.indexOps(Provider.class).createIndex(index));
		var repositories = new MongoRepositoryFactory(mongo);
		providers = repositories.getRepository(Providers.class, RepositoryFragments.just(new ProviderLookupsImpl(mongo)));
		tickets = repositories.getRepository(ReviewTickets.class);
		tasks = new DueTasks(mongo, clock);
		reviews = new ReviewManagement(tickets, CalendarFixtures.china2026(), ReviewSettings.defaults(), clock);
		onboarding = new OnboardingManagement(providers, (reference, amount) -> "https://pay.example/" + reference,
				new PaymentSettings(null, null, null, null), tasks, clock, new SimpleMeterRegistry(), reviews);
		team = new TeamManagement(onboarding, providers, clock);
		FieldCipher cipher = new FieldCipher(Base64.getDecoder().decode("q3Jt0Lk3n2H5mQ8xV1cY7bZ4wR6tU9pA2sD5fG8hJ0k="));
		provider = new ProviderManagement(providers, cipher, new OnboardingSettings(null, null, null, null, null), clock)
			.registerCompany(new CompanyDetails("福州测试科技有限公司", UnifiedSocialCreditCode.of("91350100M000100Y43"), "韩梅梅",
					PhoneNumber.of("13812345678"), null, "福州测试科技有限公司", "招商银行", "福州分行",
					BankAccountNumber.of("6222020200112233")), owner, "run-1");
	}

	@AfterEach
	void tearDown() {
		client.close();
		server.shutdownNow();
	}

	@Test
	void defersTheFeeAndSchedulesAReminder() {
		assertThat(onboarding.deferFee(owner).fee().status()).isEqualTo(FeeStatus.DEFERRED);
		Long version = providers.findById(provider.getId()).orElseThrow().getVersion();
		assertThat(onboarding.deferFee(owner).getVersion()).as("\"not now\" again (a redelivered update) changes nothing")
			.isEqualTo(version);
		assertThat(tasks.find(OnboardingManagement.FEE_REMINDER + ":" + provider.getId()).orElseThrow().dueAt())
			.isEqualTo(clock.instant().plus(Duration.ofDays(3)));
		assertThatThrownBy(() -> onboarding.requireFeePaid(owner)).isInstanceOf(Refused.class).hasMessage("refused.fee.unpaid");
	}

	@Test
	void keepsTheFeeAndTheTeamAsFlatFieldsOfTheProvidersDocument() {
		onboarding.deferFee(owner);
		org.bson.Document stored = mongo.getCollection("providers").find().first();
		assertThat(stored).containsEntry("feeStatus", "DEFERRED").doesNotContainKeys("fee", "team");
		assertThat(stored.getList("operators", org.bson.Document.class)).singleElement()
			.satisfies(operator -> assertThat(operator).containsEntry("telegramUserId", owner).containsEntry("role", "OWNER"));
		// a document written before the fee and the team were classes of their own reads the same
		// (its _class names the package the provider had before it was renamed: read all the same)
		mongo.getCollection("providers").insertOne(new org.bson.Document("_id", "P-OLD").append("uscc", "91350100M000100Y44")
			.append("_class", "dev.marketassist." + "seller.Provider")
			.append("feeStatus", "PAID").append("feeReference", "FEE-P-OLD-abc123")
			.append("operators", java.util.List.of(new org.bson.Document("telegramUserId", 2002L).append("role", "OWNER"))));
		Provider old = providers.findFirstByOperatorsTelegramUserId(2002L).orElseThrow();
		assertThat(old.getId()).isEqualTo("P-OLD");
		assertThat(old.fee().paid()).isTrue();
		assertThat(old.fee().reference()).isEqualTo("FEE-P-OLD-abc123");
		assertThat(old.isOwner(2002L)).isTrue();
		assertThat(old.team().invites()).isEmpty();
	}

	@Test
	void answersOnboardingsLookupsAsTheWholeProvidersDo() {
		assertThat(mongo.indexOps(Provider.class).getIndexInfo())
			.anySatisfy(index -> assertThat(index.getIndexFields()).singleElement()
				.satisfies(field -> assertThat(field.getKey()).isEqualTo("operators.telegramUserId")));
		team.acceptInvite(team.invite(owner, Duration.ofDays(7)), 2002);
		for (long member : new long[] { owner, 2002 }) {
			assertThat(providers.membershipOf(member)).as("user %s", member)
				.contains(new ProviderLookups.Membership(provider.getId(), "福州测试科技有限公司"))
				.map(ProviderLookups.Membership::providerId)
				.isEqualTo(providers.findFirstByOperatorsTelegramUserId(member).map(Provider::getId));
			assertThat(providers.usccTakenByOther("91350100M000100Y43", member)).as("its own code, user %s", member).isFalse();
		}
		assertThat(providers.membershipOf(3003)).isEmpty();
		assertThat(providers.usccTakenByOther("91350100M000100Y43", 3003)).as("another provider's code").isTrue();
		assertThat(providers.usccTakenByOther("91350100M000200Y48", 3003)).as("a code nobody registered").isFalse();
	}

	@Test
	void confirmsAPaymentOnceAndStartsTheWaitingReviews() {
		ReviewTicket waiting = reviews.open(ReviewSubject.SHOP, provider.getId(), provider.getId(), Map.of(), 3, false);
		assertThat(waiting.getStatus()).isEqualTo(ReviewStatus.WAITING);
		onboarding.deferFee(owner);
		String reference = onboarding.startFeePayment(owner).reference();
		assertThat(onboarding.acceptsFeePayment(reference, "CNY", 500_000)).isTrue();
		assertThat(onboarding.acceptsFeePayment(reference, "CNY", 499_999)).isFalse();
		assertThat(onboarding.acceptsFeePayment(reference, "USD", 500_000)).isFalse();
		assertThat(onboarding.acceptsFeePayment("FEE-nobody-x", "CNY", 500_000)).isFalse();
		assertThatThrownBy(() -> onboarding.confirmFeePayment(reference, new BigDecimal("4999"), "p1"))
			.isInstanceOf(InvalidValue.class).hasMessage("invalid.payment.amount");
		Provider paid = onboarding.confirmFeePayment(reference, new BigDecimal("5000"), "p1");
		assertThat(paid.fee().status()).isEqualTo(FeeStatus.PAID);
		assertThat(onboarding.confirmFeePayment(reference, new BigDecimal("5000"), "p1").getVersion())
			.as("a repeated confirmation writes nothing").isEqualTo(paid.getVersion());
		assertThat(tasks.findBySubject(OnboardingManagement.FEE_REMINDER, provider.getId())).isEmpty();
		ReviewTicket open = tickets.findById(waiting.getId()).orElseThrow();
		assertThat(open.getStatus()).isEqualTo(ReviewStatus.OPEN);
		// paid on Friday evening: three working days are Monday to Wednesday 2026-11-25, due at its end
		assertThat(open.getDueAt()).isEqualTo(Instant.parse("2026-11-25T16:00:00Z"));
		assertThatThrownBy(() -> onboarding.startFeePayment(owner)).isInstanceOf(Refused.class)
			.hasMessage("refused.fee.paid-already");
	}

	@Test
	void refusesAnUnknownPaymentReference() {
		assertThatThrownBy(() -> onboarding.confirmFeePayment("FEE-" + provider.getId() + "-nope", BigDecimal.TEN, "p"))
			.isInstanceOf(dev.marketassist.core.NotFound.class);
	}

	@Test
	void opensMerchantAccountsOnlyAfterTheFeeAndNeedsAtLeastOne() {
		WeChatPayMerchantId wechat = WeChatPayMerchantId.of("1230000109");
		assertThatThrownBy(() -> onboarding.setMerchantAccounts(owner, wechat, null)).isInstanceOf(Refused.class)
			.hasMessage("refused.fee.unpaid");
		payFee();
		assertThatThrownBy(() -> onboarding.setMerchantAccounts(owner, null, null)).isInstanceOf(InvalidValue.class)
			.hasMessage("invalid.merchant.none");
		Provider withMerchant = onboarding.setMerchantAccounts(owner, wechat, null);
		assertThat(withMerchant.isPurchasable()).isTrue();
		assertThat(withMerchant.getWechatPayMerchantId()).isEqualTo("1230000109");
	}

	@Test
	void invitesAnOperatorOnceWithAOneTimeLink() {
		String token = team.invite(owner, Duration.ofDays(7));
		assertThat(team.acceptInvite(token, 2002).isOperator(2002)).isTrue();
		assertThatThrownBy(() -> team.acceptInvite(token, 3003)).isInstanceOf(Refused.class)
			.hasMessage("refused.invite.invalid");
		assertThatThrownBy(() -> team.acceptInvite(token + "x", 3003)).isInstanceOf(Refused.class)
			.hasMessage("refused.invite.invalid");
		assertThatThrownBy(() -> team.invite(2002, Duration.ofDays(7))).isInstanceOf(Refused.class)
			.hasMessage("refused.invite.owner-only");
		String expired = team.invite(owner, Duration.ofSeconds(-1));
		assertThatThrownBy(() -> team.acceptInvite(expired, 4004)).isInstanceOf(Refused.class)
			.hasMessage("refused.invite.invalid");
	}

	private void payFee() {
		onboarding.confirmFeePayment(onboarding.startFeePayment(owner).reference(), new BigDecimal("5000"), "p1");
	}

}
