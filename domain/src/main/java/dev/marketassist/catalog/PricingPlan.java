package dev.marketassist.catalog;

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

	static final int MAX_PLANS = 10;

	/**
	 * Parses one plan per line: {@code spec, duration, unit, list price, discounted price} (commas,
	 * Chinese commas or semicolons).
	 * @throws InvalidValue {@code invalid.product.plan.*} with the line number
	 */
	public static List<PricingPlan> parseLines(String text) {
		List<PricingPlan> plans = new ArrayList<>();
		String[] lines = text.strip().split("\\s*\\n\\s*");
		for (int i = 0; i < lines.length; i++) {
			plans.add(parse(lines[i], i + 1));
		}
		if (plans.size() > MAX_PLANS) {
			throw new InvalidValue("invalid.product.plan.too-many", MAX_PLANS);
		}
		return plans;
	}

	static PricingPlan parse(String line, int number) {
		String[] parts = line.split("\\s*[,，;；]\\s*");
		if (parts.length != 5 || parts[0].isBlank() || parts[0].codePointCount(0, parts[0].length()) > 30) {
			throw new InvalidValue("invalid.product.plan.format", number);
		}
		Unit unit = UNITS.get(parts[2].toLowerCase(Locale.ROOT));
		if (unit == null || !parts[1].matches("\\d{1,5}") || Integer.parseInt(parts[1]) == 0) {
			throw new InvalidValue("invalid.product.plan.duration", number);
		}
		int duration = Integer.parseInt(parts[1]);
		if (duration > unit.tenYears) {
			throw new InvalidValue("invalid.product.plan.too-long", number);
		}
		BigDecimal list = price(parts[3], number);
		BigDecimal price = price(parts[4], number);
		if (price.compareTo(list) > 0) {
			throw new InvalidValue("invalid.product.plan.discount", number, price.toPlainString(), list.toPlainString());
		}
		return new PricingPlan(parts[0], duration, unit, list, price);
	}

	private static BigDecimal price(String raw, int number) {
		if (!raw.matches("\\d{1,9}(\\.\\d{1,2})?")) {
			throw new InvalidValue("invalid.product.plan.price", number, raw);
		}
		BigDecimal value = new BigDecimal(raw);
		if (value.signum() <= 0) {
			throw new InvalidValue("invalid.product.plan.price", number, raw);
		}
		return value;
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
