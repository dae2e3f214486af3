/**
 * Working days: weekends, public holidays and make-up working days (调休), used for review
 * deadlines and "working days left" messages.
 */
@org.jspecify.annotations.NullMarked
package dev.marketassist.core.calendar;
