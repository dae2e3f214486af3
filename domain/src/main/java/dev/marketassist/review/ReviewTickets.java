package dev.marketassist.review;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The review tickets in MongoDB. */
public interface ReviewTickets extends MongoRepository<ReviewTicket, String> {

	List<ReviewTicket> findByProviderIdAndStatus(String providerId, ReviewStatus status);

	List<ReviewTicket> findByStatusOrderByDueAtAsc(ReviewStatus status);

}
