package dev.marketassist.order;

/**
 * Published when an order got something people must be told ({@link Order#getNotices()}), so a
 * listener can deliver it at once; a sweep delivers whatever a crash left behind.
 *
 * @param orderId the order's ID
 */
public record OrderChanged(String orderId) {
}
