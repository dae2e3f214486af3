package dev.marketassist.dialogs.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.marketassist.dialogs.Button;
import dev.marketassist.dialogs.order.OrderButtons;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ButtonTypeTests {

	@Test
	void encodesPrefixNonceActionAndArgumentsAndDecodesThemBack() {
		String data = OrderButtons.TYPE.encode(OrderButtons.START_YES, "k3f", "ORD-1");
		assertThat(data).isEqualTo("o:k3f:sy:ORD-1");
		var press = OrderButtons.TYPE.decode(data).orElseThrow();
		assertThat(press.action()).isEqualTo(OrderButtons.START_YES);
		assertThat(press.nonce()).isEqualTo("k3f");
		assertThat(press.arg()).isEqualTo("ORD-1");
	}

	@Test
	void aButtonGetsItsNonceWhenItsMessageIsQueued() {
		Button button = OrderButtons.VIEW.button("Open", "ORD-1");
		assertThat(button.data()).isEqualTo("o:~:v:ORD-1");
		assertThat(OrderButtons.TYPE.decode(button.data())).as("an unstamped button never acts").isEmpty();
		List<List<Button>> stamped = ButtonType.stamp(List.of(List.of(button, Button.link("Site", "https://x"))), "2s");
		assertThat(stamped.get(0).get(0).data()).isEqualTo("o:2s:v:ORD-1");
		assertThat(stamped.get(0).get(1).url()).isEqualTo("https://x");
	}

	@Test
	void refusesAtEncodingWhatCouldNotBeReadBackOrIsOver64BytesWithTheLongestNonce() {
		assertThatThrownBy(() -> OrderButtons.TYPE.encode(OrderButtons.VIEW, "1")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> OrderButtons.TYPE.encode(OrderButtons.VIEW, "1", "a:b")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> OrderButtons.TYPE.encode(OrderButtons.VIEW, "1", "a b")).isInstanceOf(IllegalArgumentException.class);
		String longest = "x".repeat(40);
		String data = OrderButtons.TYPE.encode(OrderButtons.CONFIRM_YES, "zzzzzz", longest);
		assertThat(data.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(ButtonType.MAX_BYTES);
		assertThatThrownBy(() -> OrderButtons.TYPE.encode(OrderButtons.CONFIRM_YES, "1", "x".repeat(41)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", ":", "o", "o:", "o:1", "o:1:", "o:1:zz:ORD", "o:1:v", "o:1:v:ORD:extra", "o:ABC:v:ORD",
			"o:1234567:v:ORD", "d:1:v:ORD", "o:1:v:", "o:1:v:a b", "o:1:sy:ORD\n", "\u0000:\u0000", "o:1:v:💥" })
	void decodesForgedDataToNothingWithoutThrowing(String forged) {
		assertThat(OrderButtons.TYPE.decode(forged)).isEmpty();
		assertThat(OrderButtons.TYPE.decode(null)).isEmpty();
	}

	@Test
	void refusesTwoActionsWithOneCode() {
		assertThatThrownBy(() -> new ButtonType<>("zz", Clash.class)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new ButtonType<>("Z1", DialogButtons.class)).isInstanceOf(IllegalArgumentException.class);
	}

	enum Clash implements ButtonType.Action {

		ONE, TWO;

		@Override
		public String code() {
			return "c";
		}

		@Override
		public int arity() {
			return 0;
		}

		@Override
		public boolean effect() {
			return true;
		}

	}

}
