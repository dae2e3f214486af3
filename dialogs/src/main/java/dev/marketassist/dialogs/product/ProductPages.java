package dev.marketassist.dialogs.product;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.marketassist.product.PricingPlan;
import dev.marketassist.product.Product;
import dev.marketassist.product.ProductDetails;
import dev.marketassist.product.ProductStatus;
import dev.marketassist.product.ServiceType;
import dev.marketassist.product.StoredFile;
import dev.marketassist.dialogs.Button;
import dev.marketassist.dialogs.Texts;
import dev.marketassist.dialogs.Words;

/**
 * How products read in chat: the paged list and a product's page with the actions of its status
 * (with a listed product's change in review shown below the listed version).
 */
final class ProductPages {


	static final int PAGE_SIZE = 5;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	private ProductPages() {
	}

	static Button listButton(Texts t) {
		return ProductButtons.LIST.button(t.plain("product.button.list"), "0");
	}

	static String status(Texts t, Product product) {
		String status = t.plain("product.status." + product.getStatus().name().toLowerCase());
		if (product.getStatus() == ProductStatus.IN_REVIEW && product.isLive()) {
			return status + " · " + t.plain("product.status.live");
		}
		if (product.getStatus() == ProductStatus.LISTED && product.isChangeRejected()) {
			return status + " · " + t.plain("product.status.change-rejected");
		}
		return status;
	}

	static String list(Texts t, List<Product> products, int page) {
		StringBuilder html = new StringBuilder(t.get("product.list.title", products.size()));
		if (products.isEmpty()) {
			html.append("\n\n").append(t.get("product.list.empty"));
		}
		int from = page * PAGE_SIZE;
		for (int i = from; i < Math.min(products.size(), from + PAGE_SIZE); i++) {
			Product p = products.get(i);
			html.append("\n").append(t.get("product.list.row", i + 1, p.getShownDetails().name(),
					t.plain("product.type." + p.getShownDetails().type().name().toLowerCase()), status(t, p)));
		}
		return html.toString();
	}

	static List<List<Button>> listButtons(Texts t, List<Product> products, int page) {
		List<List<Button>> rows = new ArrayList<>();
		int from = page * PAGE_SIZE;
		for (int i = from; i < Math.min(products.size(), from + PAGE_SIZE); i++) {
			Product p = products.get(i);
			rows.add(List.of(ProductButtons.VIEW.button((i + 1) + ". " + p.getShownDetails().name(), p.getId())));
		}
		List<Button> nav = new ArrayList<>();
		if (page > 0) {
			nav.add(ProductButtons.LIST.button(t.plain("product.button.previous"), Integer.toString(page - 1)));
		}
		if (from + PAGE_SIZE < products.size()) {
			nav.add(ProductButtons.LIST.button(t.plain("product.button.next"), Integer.toString(page + 1)));
		}
		if (!nav.isEmpty()) {
			rows.add(nav);
		}
		rows.add(List.of(ProductButtons.NEW.button(t.plain("product.button.new"))));
		return rows;
	}

	/**
	 * The product as its marketplace page reads, with its status. While a modification of a listed
	 * product is in review, the page is the listed version (what buyers see), labelled so, and a
	 * section below shows what the version in review changes.
	 */
	static String page(Texts t, Product product, ZoneId zone) {
		boolean changeInReview = product.getStatus() == ProductStatus.IN_REVIEW && product.isLive();
		StringBuilder html = new StringBuilder();
		if (changeInReview) {
			html.append(t.get("product.page.listed")).append("\n");
		}
		html.append(marketplacePage(t, product, product.getShownDetails()));
		if (changeInReview) {
			html.append("\n\n").append(changeInReview(t, product, zone));
		}
		if (product.getReviewTicketId() != null) {
			html.append("\n").append(t.get("product.page.ticket", product.getReviewTicketId(), product.getId()));
		}
		return html.toString();
	}

	private static String marketplacePage(Texts t, Product product, ProductDetails d) {
		StringBuilder html = new StringBuilder(t.get("product.page.title", d.name(),
				t.plain("product.type." + d.type().name().toLowerCase()), d.category(), status(t, product)));
		html.append("\n\n").append(t.get("product.page.summary", d.summary()));
		if (!d.tags().isEmpty()) {
			html.append("\n").append(t.get("product.page.tags", String.join(" · ", d.tags())));
		}
		if (d.type() == ServiceType.OPS) {
			html.append("\n").append(t.get("product.page.ops", d.deliveryDays(), d.warrantyDays(),
					t.plain("product.os.option." + d.os())));
			html.append("\n").append(t.get("product.page.form", String.join(", ", d.formFields())));
		}
		if (d.type() == ServiceType.IMAGE) {
			html.append("\n").append(t.get("product.page.image", d.imageVersion(), d.software(),
					d.machineType() == null ? "—" : d.machineType(),
					t.plain(Boolean.TRUE.equals(d.customisable()) ? "product.custom.option.yes" : "product.custom.option.no")));
		}
		for (PricingPlan plan : d.plans()) {
			html.append("\n").append(t.get("product.page.plan", Words.plan(t, plan)));
		}
		html.append("\n\n").append(t.get("product.page.details", d.details()));
		html.append("\n").append(t.get("product.page.files", d.logo() == null ? "—" : d.logo().shown(),
				d.usageDocument() == null ? "—" : d.usageDocument().shown()));
		return html.toString();
	}

	/** What the version in review changes against the listed one, field by field, as the dialog names them. */
	private static String changeInReview(Texts t, Product product, ZoneId zone) {
		StringBuilder html = new StringBuilder(t.get("product.page.pending", product.getReviewTicketId(),
				product.getSubmittedAt() == null ? "—" : DATE.format(product.getSubmittedAt().atZone(zone))));
		Map<String, String> listed = ProductAnswers.answers(product.getListedDetails());
		Map<String, String> pending = ProductAnswers.answers(product.getDetails());
		Set<String> fields = new LinkedHashSet<>(pending.keySet());
		fields.addAll(listed.keySet());
		boolean changed = false;
		for (String field : fields) {
			String now = pending.get(field);
			if (!Objects.equals(listed.get(field), now)) {
				html.append("\n").append(t.get("product.page.pending.row", t.plain("product." + field + ".label"), shown(t, field, now)));
				changed = true;
			}
		}
		if (!changed) {
			html.append("\n").append(t.get("product.page.pending.none"));
		}
		return html.toString();
	}

	/** An answer of the product dialog as the seller reads it. */
	private static String shown(Texts t, String field, String value) {
		if (value == null) {
			return "—";
		}
		return switch (field) {
			case "type" -> t.plain("product.type." + value);
			case "os", "custom" -> t.plain("product." + field + ".option." + value);
			case "logo", "document" -> StoredFile.decode(value).shown();
			case "plans" -> "\n   " + Words.plans(t, value).replace("\n", "\n   ");
			case "form" -> "\n   " + value.replace("\n", "\n   ");
			default -> value;
		};
	}

	static List<List<Button>> actions(Texts t, Product product) {
		List<List<Button>> rows = new ArrayList<>();
		String id = product.getId();
		switch (product.getStatus()) {
			case LISTED -> {
				rows.add(List.of(ProductButtons.EDIT.button(t.plain("product.button.modify"), id)));
				rows.add(List.of(ProductButtons.DELIST.button(t.plain("product.button.delist"), id)));
			}
			case REJECTED -> rows.add(List.of(ProductButtons.EDIT.button(t.plain("product.button.fix"), id)));
			case DELISTED -> {
				rows.add(List.of(ProductButtons.RELIST.button(t.plain("product.button.relist"), id)));
				rows.add(List.of(ProductButtons.EDIT.button(t.plain("product.button.modify"), id)));
			}
			default -> {
			}
		}
		rows.add(List.of(listButton(t)));
		return rows;
	}

}
