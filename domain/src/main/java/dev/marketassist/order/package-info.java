/**
 * Ops-service orders (运维订单): the implementation and confirmation lifecycle between a provider
 * and a buyer, the buyer's one-time link, the requirement form, and the reminders, the provider's
 * response deadline and the automatic confirmation that keep an order moving.
 */
package dev.marketassist.order;
