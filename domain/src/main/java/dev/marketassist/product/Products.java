package dev.marketassist.product;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/** The products. */
public interface Products extends ListCrudRepository<Product, String> {

	List<Product> findByProviderIdOrderByCreatedAtAsc(String providerId);

}
