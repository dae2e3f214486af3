package dev.marketassist.dialogs.review;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.marketassist.dialogs.Button;
import dev.marketassist.dialogs.Deadlines;
import dev.marketassist.dialogs.Reply;
import dev.marketassist.dialogs.Texts;
import dev.marketassist.dialogs.Words;
import dev.marketassist.review.ReviewQueue;
import dev.marketassist.review.ReviewStatus;
import dev.marketassist.review.ReviewTicket;
import dev.marketassist.core.input.PhoneNumber;
import dev.marketassist.provider.Provider;

/**
 * How tickets look in chat: the queue (counts, then one button per ticket, overdue first) and a
 * ticket (the submission readably, an account change as old → new) with the buttons its state
 * allows the viewer. Buttons are {@link ReviewButtons}.
 */
final class ReviewViews {

	/** Hidden snapshot keys of a product's stored files (the submitted version). */
	static final String LOGO = "_logo";

	static final String DOCUMENT = "_usageDocument";

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private ReviewViews() {
	}

	static Button button(Texts t, String label, ReviewButtons action, String ticketId) {
		return ticketId == null ? action.button(t.plain(label)) : action.button(t.plain(label), ticketId);
	}

	static String when(Instant instant, ZoneId zone) {
		return instant == null ? "—" : WHEN.format(instant.atZone(zone));
	}

	static String subject(Texts t, ReviewTicket ticket) {
		return t.plain("review.subject." + ticket.getSubject().name().toLowerCase(Locale.ROOT));
	}

	static Reply queue(Texts t, ReviewQueue.Summary queue, ZoneId zone, Instant now) {
		StringBuilder html = new StringBuilder(t.get("review.queue.title", queue.open(), queue.claimed(), queue.overdue()));
		List<List<Button>> rows = new ArrayList<>();
		if (queue.tickets().isEmpty()) {
			html.append("\n\n").append(t.get("review.queue.empty"));
		}
		for (ReviewTicket ticket : queue.tickets()) {
			String mark = ticket.isOverdue(now) ? "⚠️ " : ticket.getStatus() == ReviewStatus.CLAIMED ? "🙋 " : "";
			rows.add(List.of(ReviewButtons.OPEN.button(
					t.plain("review.queue.item", mark, ticket.getId(), subject(t, ticket), Deadlines.lastDay(ticket.getDueAt(), zone)),
					ticket.getId())));
		}
		rows.add(List.of(button(t, "review.button.refresh", ReviewButtons.QUEUE, null)));
		return new Reply(html.toString(), rows);
	}

	static Reply ticket(Texts t, ReviewTicket ticket, Provider provider, ZoneId zone, Instant now, String viewer) {
		StringBuilder html = new StringBuilder(t.get("review.ticket.header", ticket.getId(), subject(t, ticket)));
		line(html, t.get("review.ticket.provider", provider == null ? "—" : provider.getCompanyName(), ticket.getProviderId()));
		line(html, t.get("review.ticket.submitted", when(ticket.getSubmittedAt(), zone)));
		line(html, t.get("review.ticket.due", Deadlines.lastDay(ticket.getDueAt(), zone)));
		if (ticket.isOverdue(now)) {
			html.append(' ').append(t.get("review.ticket.overdue"));
		}
		line(html, t.get("review.ticket.status", t.plain("review.status." + ticket.getStatus().name().toLowerCase(Locale.ROOT))));
		if (ticket.getReviewer() != null) {
			// the holder is a Telegram user id (or a REST tool's name): the viewer's own claim reads "you",
			// another's by the name given at claim time (older tickets: the id)
			line(html, ticket.getReviewer().equals(viewer) ? t.get("review.ticket.reviewer.you")
					: t.get("review.ticket.reviewer", ticket.reviewerShown()));
		}
		if (ticket.getDecidedAt() != null && ticket.getStatus() == ReviewStatus.REJECTED) {
			line(html, t.get("review.ticket.reason", Reasons.text(t, ticket.getReasonCode(), ticket.getReason())));
		}
		html.append("\n\n").append(t.get("review.ticket.submission"));
		submission(t, ticket.getSnapshot(), html);
		return new Reply(html.toString(), buttons(t, ticket, viewer));
	}

	private static List<List<Button>> buttons(Texts t, ReviewTicket ticket, String viewer) {
		List<List<Button>> rows = new ArrayList<>();
		if (ticket.getStatus() == ReviewStatus.OPEN) {
			rows.add(List.of(button(t, "review.button.claim", ReviewButtons.CLAIM, ticket.getId())));
		}
		else if (ticket.getStatus() == ReviewStatus.CLAIMED && viewer.equals(ticket.getReviewer())) {
			rows.add(List.of(button(t, "review.button.approve", ReviewButtons.APPROVE, ticket.getId()),
					button(t, "review.button.reject", ReviewButtons.REJECT, ticket.getId())));
			rows.add(List.of(button(t, "review.button.release", ReviewButtons.RELEASE, ticket.getId())));
		}
		List<Button> files = new ArrayList<>();
		if (ticket.getSnapshot().containsKey(LOGO)) {
			files.add(button(t, "review.button.logo", ReviewButtons.LOGO, ticket.getId()));
		}
		if (ticket.getSnapshot().containsKey(DOCUMENT)) {
			files.add(button(t, "review.button.document", ReviewButtons.DOCUMENT, ticket.getId()));
		}
		if (!files.isEmpty()) {
			rows.add(files);
		}
		rows.add(List.of(button(t, "review.button.queue", ReviewButtons.QUEUE, null)));
		return rows;
	}

	/** The fields in the order the seller was asked them (shop, account, product dialogs); others after, by name. */
	private static final List<String> ORDER = List.of("company", "scope", "features", "serviceContact", "featuredProducts",
			"companyName", "contactName", "contactPhone", "contactEmail", "type", "name", "category", "tags", "logo",
			"deliveryDays", "warrantyDays", "os", "requirementForm", "imageVersion", "software", "machineType", "customisable",
			"plans", "summary", "details", "usageDocument", "dependencies");

	private static int position(String key) {
		String field = key.startsWith("new_") || key.startsWith("old_") ? key.substring(4) : key;
		int at = ORDER.indexOf(field);
		return at < 0 ? ORDER.size() : at;
	}

	/** The snapshot as lines: {@code label: value}, an account change as {@code label: old → new}. */
	private static void submission(Texts t, Map<String, String> snapshot, StringBuilder html) {
		Map<String, String> ordered = new java.util.TreeMap<>(
				java.util.Comparator.comparingInt(ReviewViews::position).thenComparing(java.util.Comparator.naturalOrder()));
		ordered.putAll(snapshot);
		ordered.forEach((key, value) -> {
			if (key.startsWith("_") || key.startsWith("old_")) {
				return;
			}
			if (key.startsWith("new_")) {
				String field = key.substring(4);
				String old = snapshot.getOrDefault("old_" + field, "");
				line(html, t.get("review.ticket.change", label(t, field), shown(t, field, old), shown(t, field, value)));
			}
			else {
				line(html, t.get("review.ticket.field", label(t, key), shown(t, key, value)));
			}
		});
	}

	private static String label(Texts t, String field) {
		try {
			return t.plain("review.field." + field);
		}
		catch (org.springframework.context.NoSuchMessageException unknown) {
			return field;
		}
	}

	/** A stored value in the reader's words: codes (service type, OS, yes/no) through the bundles. */
	static String shown(Texts t, String field, String value) {
		try {
			return switch (field) {
				case "type" -> t.plain("product.type." + value);
				case "os" -> t.plain("product.os.option." + value);
				case "customisable" -> t.plain("product.custom.option." + ("true".equals(value) ? "yes" : "no"));
				case "plans" -> value == null || value.isBlank() ? "—" : "\n   " + Words.plans(t, value).replace("\n", "\n   ");
				case "serviceContact" -> value == null || value.isBlank() ? "—" : Words.contact(t, value);
				default -> shown(field, value);
			};
		}
		catch (org.springframework.context.NoSuchMessageException unknown) {
			return shown(field, value);
		}
	}

	/** A stored value as people read it (phone numbers masked). */
	static String shown(String field, String value) {
		if (value == null || value.isBlank()) {
			return "—";
		}
		try {
			return switch (field) {
				case "contactPhone" -> PhoneNumber.of(value).masked();
				default -> value;
			};
		}
		catch (RuntimeException unreadable) {
			return value;
		}
	}

	private static void line(StringBuilder html, String text) {
		html.append('\n').append(text);
	}

}
