package dev.marketassist.product;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.marketassist.core.InvalidValue;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

/**
 * One row of a product's pricing (SPEC §6): spec name, duration and unit, list price and
 * discounted price in yuan. Prices are positive, the discount is not above the list price, the
 * duration is at most 10 years.
 */
public record PricingPlan(String spec, int duration, Unit unit,
		@Field(targetType = FieldType.DECIMAL128) BigDecimal listPrice,
		@Field(targetType = FieldType.DECIMAL128) BigDecimal price) {

	/** A duration's unit and how many make 10 years. */
	public enum Unit {

		DAY(3650), MONTH(120), YEAR(10);

		private final int tenYears;

		Unit(int tenYears) {
			this.tenYears = tenYears;
		}

	}

	private static final Map<String, Unit> UNITS = Map.of("day", Unit.DAY, "days", Unit.DAY, "天", Unit.DAY, "month",
			Unit.MONTH, "months", Unit.MONTH, "月", Unit.MONTH, "个月", Unit.MONTH, "year", Unit.YEAR, "years", Unit.YEAR,
			"年", Unit.YEAR);

	/** The most plans a product can have (the dialog offers no further row beyond it). */
	public static final int MAX_PLANS = 10;

	/**
	 * Parses stored plans, one per line (see {@link #line()}).
	 * @throws InvalidValue {@code invalid.product.plan.*}
	 */
	public static List<PricingPlan> parseLines(String text) {
		List<PricingPlan> plans = new ArrayList<>();
		for (String line : text.strip().split("\\s*\\n\\s*")) {
			plans.add(addTo(plans, line));
		}
		return plans;
	}

	/**
	 * One more plan for a product that has {@code plans} already: parsed, and refused if it
	 * repeats a plan (same spec, duration and unit) or goes beyond {@link #MAX_PLANS}.
	 * @throws InvalidValue {@code invalid.product.plan.*}
	 */
	public static PricingPlan addTo(List<PricingPlan> plans, String row) {
		if (plans.size() >= MAX_PLANS) {
			throw new InvalidValue("invalid.product.plan.too-many", MAX_PLANS);
		}
		PricingPlan plan = parse(row);
		plans.stream().filter(plan::sameTerms).findFirst().ifPresent(existing -> {
			throw new InvalidValue("invalid.product.plan.duplicate", existing.spec());
		});
		return plan;
	}

	/**
	 * Parses one plan: {@code spec, duration, unit, list price, discounted price} (commas, Chinese
	 * commas or semicolons).
	 * @throws InvalidValue {@code invalid.product.plan.*}, naming the field that is wrong
	 */
	public static PricingPlan parse(String row) {
		String[] parts = row.strip().split("\\s*[,，;；]\\s*");
		if (parts.length != 5 || parts[0].isBlank() || parts[0].codePointCount(0, parts[0].length()) > 30) {
			throw new InvalidValue("invalid.product.plan.format");
		}
		Unit unit = UNITS.get(parts[2].toLowerCase(Locale.ROOT));
		if (unit == null || !parts[1].matches("\\d{1,5}") || Integer.parseInt(parts[1]) == 0) {
			throw new InvalidValue("invalid.product.plan.duration", parts[1], parts[2]);
		}
		int duration = Integer.parseInt(parts[1]);
		if (duration > unit.tenYears) {
			throw new InvalidValue("invalid.product.plan.too-long", parts[1], parts[2]);
		}
		BigDecimal list = price(parts[3], "invalid.product.plan.list-price");
		BigDecimal price = price(parts[4], "invalid.product.plan.price");
		if (price.compareTo(list) > 0) {
			throw new InvalidValue("invalid.product.plan.discount", price.toPlainString(), list.toPlainString());
		}
		return new PricingPlan(parts[0], duration, unit, list, price);
	}

	private static BigDecimal price(String raw, String code) {
		if (!raw.matches("\\d{1,9}(\\.\\d{1,2})?")) {
			throw new InvalidValue(code, raw);
		}
		BigDecimal value = new BigDecimal(raw);
		if (value.signum() <= 0) {
			throw new InvalidValue(code + ".zero");
		}
		return value;
	}

	/** Whether both plans sell the same thing (spec, case-insensitive, and term): a duplicate. */
	boolean sameTerms(PricingPlan other) {
		return spec.equalsIgnoreCase(other.spec) && duration == other.duration && unit == other.unit;
	}

	/** Whether the duration is at most 10 years (checked again by the pre-check). */
	public boolean withinTenYears() {
		return duration <= unit.tenYears;
	}

	/** The canonical line, parsed back by {@link #parseLines}. */
	public String line() {
		return String.join(", ", spec, Integer.toString(duration), unit.name().toLowerCase(Locale.ROOT),
				listPrice.toPlainString(), price.toPlainString());
	}

	public static String lines(List<PricingPlan> plans) {
		return String.join("\n", plans.stream().map(PricingPlan::line).toList());
	}

}
