package dev.marketassist.bot.sandbox;

/**
 * Where a person opens the sandbox chat, for the start-up banner. The one place that builds the
 * page's address: anything the page needs in its link (an access token) is added here.
 */
public final class SandboxAddress {

	private final SandboxSettings settings;

	private final SandboxToken token;

	SandboxAddress(SandboxSettings settings, SandboxToken token) {
		this.settings = settings;
		this.token = token;
	}

	/** The page's address on this machine, with this run's access token. */
	public String url(int port) {
		return "http://localhost:" + port + settings.path() + "?" + SandboxToken.PARAMETER + "=" + token.value();
	}

	/** Who may open it. */
	public String reach() {
		return settings.allowRemote() ? "open to other machines: market.sandbox.allow-remote" : "this machine only";
	}

}
