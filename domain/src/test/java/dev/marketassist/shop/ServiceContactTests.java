package dev.marketassist.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marketassist.core.InvalidValue;
import org.junit.jupiter.api.Test;

class ServiceContactTests {

	@Test
	void acceptsAPhoneAndShowsItMasked() {
		ServiceContact contact = ServiceContact.of("138 1234 5678");
		assertThat(contact.kind()).isEqualTo(ServiceContact.Kind.PHONE);
		assertThat(contact.value()).isEqualTo("+8613812345678");
		assertThat(contact.shownValue()).isEqualTo("+86 138****5678");
		assertThat(contact.snapshot()).isEqualTo("PHONE:+86 138****5678");
		assertThat(ServiceContact.decode(contact.snapshot()).shownValue()).isEqualTo("+86 138****5678");
	}

	@Test
	void acceptsQqAndWeChatWithOrWithoutColon() {
		assertThat(ServiceContact.of("QQ 12345678")).isEqualTo(new ServiceContact(ServiceContact.Kind.QQ, "12345678"));
		assertThat(ServiceContact.of("qq：87654321")).isEqualTo(new ServiceContact(ServiceContact.Kind.QQ, "87654321"));
		assertThat(ServiceContact.of("微信 yunce_ops")).isEqualTo(new ServiceContact(ServiceContact.Kind.WECHAT, "yunce_ops"));
		assertThat(ServiceContact.of("WeChat: abc-123x")).isEqualTo(new ServiceContact(ServiceContact.Kind.WECHAT, "abc-123x"));
		assertThat(ServiceContact.of("微信 yunce_ops").snapshot()).isEqualTo("WECHAT:yunce_ops");
		assertThat(ServiceContact.of("微信 yunce_ops").shownValue()).isEqualTo("yunce_ops");
	}

	@Test
	void refusesMalformedContacts() {
		for (String bad : new String[] { "QQ abc", "QQ 123", "微信 1abcdef", "WeChat ab", "hello", "<b>x</b>" }) {
			assertThatThrownBy(() -> ServiceContact.of(bad)).as(bad).isInstanceOf(InvalidValue.class)
				.hasMessage("invalid.service-contact");
		}
		assertThatThrownBy(() -> ServiceContact.of(" ")).isInstanceOf(InvalidValue.class).hasMessage("invalid.required");
	}

	@Test
	void roundTripsItsEncodedForm() {
		ServiceContact contact = ServiceContact.of("微信 yunce_ops");
		assertThat(ServiceContact.decode(contact.encoded())).isEqualTo(contact);
	}

}
