package dev.marketassist.dialogs;

import java.util.Locale;

/** The languages the assistant speaks. */
public enum Language {

	ZH_CN("zh-CN", Locale.SIMPLIFIED_CHINESE), EN("en", Locale.ENGLISH);

	private final String tag;

	private final Locale locale;

	Language(String tag, Locale locale) {
		this.tag = tag;
		this.locale = locale;
	}

	public String tag() {
		return tag;
	}

	public Locale locale() {
		return locale;
	}

	/** Chinese for any {@code zh*} client language, English otherwise. */
	public static Language fromClient(String languageCode) {
		return languageCode != null && languageCode.toLowerCase(Locale.ROOT).startsWith("zh") ? ZH_CN : EN;
	}

	/** The language stored under {@code tag}, or {@code null} if none is. */
	public static Language fromTag(String tag) {
		for (Language language : values()) {
			if (language.tag.equals(tag)) {
				return language;
			}
		}
		return null;
	}

}
