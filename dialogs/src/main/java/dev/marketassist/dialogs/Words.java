package dev.marketassist.dialogs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.marketassist.product.PricingPlan;
import dev.marketassist.shop.ServiceContact;

/**
 * Stored values of the domain in the reader's words: a pricing plan ("Standard: 1 month, list
 * ¥300, discounted ¥270" / "标准版：1 个月，原价 ¥300，优惠价 ¥270") and a service contact
 * ("WeChat abc_123" / "微信 abc_123"). The user's own words (a spec's name, an ID) stay as typed.
 * Plain text: the caller escapes it (as an argument of {@link Texts#get}, say).
 */
public final class Words {

	private Words() {
	}

	/** One plan as a sentence of the reader's language. */
	public static String plan(Texts t, PricingPlan plan) {
		return t.plain("product.plan.row", plan.spec(), term(t, plan), plan.listPrice().toPlainString(),
				plan.price().toPlainString());
	}

	/** A plan's duration with its unit: "1 month", "3 months", "1 个月". */
	public static String term(Texts t, PricingPlan plan) {
		return t.plain("product.plan.term." + plan.unit().name().toLowerCase(Locale.ROOT), plan.duration());
	}

	/**
	 * Stored plans, one canonical line each ({@link PricingPlan#line()}), one sentence a line; a
	 * line that does not parse (an old or foreign value) is shown as it is.
	 */
	public static String plans(Texts t, String lines) {
		List<String> shown = new ArrayList<>();
		for (String line : lines.strip().split("\\s*\\n\\s*")) {
			shown.add(planLine(t, line));
		}
		return String.join("\n", shown);
	}

	/** One stored plan line in the reader's words, or as it is if it does not parse. */
	public static String planLine(Texts t, String line) {
		try {
			return plan(t, PricingPlan.parse(line));
		}
		catch (RuntimeException unreadable) {
			return line;
		}
	}

	/** A service contact: the kind in the reader's language, the value as typed (a phone masked). */
	public static String contact(Texts t, ServiceContact contact) {
		return t.plain("contact.shown." + contact.kind().name().toLowerCase(Locale.ROOT), contact.shownValue());
	}

	/**
	 * A stored service contact ({@link ServiceContact#encoded()} or {@link ServiceContact#snapshot()});
	 * an older snapshot that stored the shown text is shown as it is.
	 */
	public static String contact(Texts t, String stored) {
		try {
			return contact(t, ServiceContact.decode(stored));
		}
		catch (RuntimeException unreadable) {
			return stored;
		}
	}

}
