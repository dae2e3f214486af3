package dev.marketassist.dialogs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The two bundles say the same things: identical keys, placeholders and valid message formats. */
class MessageBundlesTests {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

	@Test
	void haveIdenticalKeys() throws IOException {
		Properties en = load("i18n/messages_en.properties");
		Properties zh = load("i18n/messages_zh_CN.properties");
		assertThat(new TreeSet<>(zh.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
		assertThat(en).isNotEmpty();
	}

	@Test
	void useTheSamePlaceholdersInBothLanguages() throws IOException {
		Properties en = load("i18n/messages_en.properties");
		Properties zh = load("i18n/messages_zh_CN.properties");
		for (String key : en.stringPropertyNames()) {
			assertThat(placeholders(zh.getProperty(key))).as(key).isEqualTo(placeholders(en.getProperty(key)));
		}
	}

	@Test
	void areValidMessageFormatsWithoutLoneApostrophes() throws IOException {
		for (String file : new String[] { "i18n/messages_en.properties", "i18n/messages_zh_CN.properties" }) {
			Properties bundle = load(file);
			for (String key : bundle.stringPropertyNames()) {
				String text = bundle.getProperty(key);
				assertThat(text.replace("''", "")).as(file + " " + key + " has a lone apostrophe").doesNotContain("'");
				new MessageFormat(text);
			}
		}
	}

	private static TreeSet<String> placeholders(String text) {
		TreeSet<String> found = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (var in = MessageBundlesTests.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
