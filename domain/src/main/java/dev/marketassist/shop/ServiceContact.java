package dev.marketassist.shop;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.marketassist.core.InvalidValue;
import dev.marketassist.core.input.PhoneNumber;

/**
 * How buyers reach the shop's customer service: a mainland phone number, a QQ number
 * ({@code QQ 12345678}) or a WeChat ID ({@code 微信 abc_123}, 6 to 20 characters starting with a
 * letter).
 */
public record ServiceContact(Kind kind, String value) {

	public enum Kind {

		PHONE, QQ, WECHAT

	}

	private static final Pattern QQ = Pattern.compile("^(?i)qq\\s*[:：]?\\s*([1-9]\\d{4,10})$");

	private static final Pattern WECHAT = Pattern.compile("^(?i)(?:wechat|weixin|wx|微信)\\s*[:：]?\\s*([A-Za-z][-_A-Za-z0-9]{5,19})$");

	public static ServiceContact of(String raw) {
		if (raw == null || raw.isBlank()) {
			throw new InvalidValue("invalid.required");
		}
		String text = raw.strip();
		Matcher qq = QQ.matcher(text);
		if (qq.matches()) {
			return new ServiceContact(Kind.QQ, qq.group(1));
		}
		Matcher wechat = WECHAT.matcher(text);
		if (wechat.matches()) {
			return new ServiceContact(Kind.WECHAT, wechat.group(1));
		}
		if (text.toLowerCase().startsWith("qq") || text.startsWith("微信") || text.toLowerCase().startsWith("wechat")) {
			throw new InvalidValue("invalid.service-contact");
		}
		try {
			return new ServiceContact(Kind.PHONE, PhoneNumber.of(text).e164());
		}
		catch (InvalidValue notAPhone) {
			throw new InvalidValue("invalid.service-contact");
		}
	}

	/** As stored and parsed again: {@code PHONE:+86…}, {@code QQ:…}, {@code WECHAT:…}. */
	public String encoded() {
		return kind + ":" + value;
	}

	public static ServiceContact decode(String encoded) {
		int colon = encoded.indexOf(':');
		return new ServiceContact(Kind.valueOf(encoded.substring(0, colon)), encoded.substring(colon + 1));
	}

	/**
	 * The value as people read it, without the kind's word (that is the reader's language, so the
	 * chat side adds it): the phone masked, QQ and WeChat IDs as the seller typed them (they are
	 * public contacts).
	 */
	public String shownValue() {
		return kind == Kind.PHONE && !value.contains("*") ? PhoneNumber.of(value).masked() : value;
	}

	/**
	 * For a review snapshot: the kind and the shown value ({@code WECHAT:abc_123},
	 * {@code PHONE:+86 138****5678}), read back by {@link #decode}; the phone never in clear.
	 */
	public String snapshot() {
		return kind + ":" + shownValue();
	}

}
