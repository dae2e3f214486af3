package dev.marketassist.shop;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The shops in MongoDB. */
public interface Shops extends MongoRepository<Shop, String> {

}
