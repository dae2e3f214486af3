package dev.marketassist.dialogs.product;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.marketassist.product.PreCheckFailed;
import dev.marketassist.product.Product;
import dev.marketassist.product.ProductManagement;
import dev.marketassist.core.Refused;
import dev.marketassist.core.calendar.WorkingDayCalendar;
import dev.marketassist.dialogs.Button;
import dev.marketassist.dialogs.Texts;
import dev.marketassist.dialogs.engine.ButtonType;
import dev.marketassist.dialogs.engine.ChatFeature;
import dev.marketassist.dialogs.engine.DialogEngine;
import dev.marketassist.dialogs.engine.Turn;
import dev.marketassist.provider.OnboardingManagement;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * /products and "📦 My products": refused with a Pay button until the certification fee is paid;
 * then the seller's products (paged), a product's page with the actions of its status (modify,
 * delist after a confirmation, relist) and a new product ({@link ProductDialog}). Buttons:
 * {@code p:l:<page>}, {@code p:n}, {@code p:v|e|d|dy|r:<product>}.
 */
@Component
class ProductsFeature implements ChatFeature {

	private final OnboardingManagement onboarding;

	private final ProductManagement products;

	private final ProductEdits edits;

	private final WorkingDayCalendar calendar;

	private final ObjectProvider<DialogEngine> engine;

	ProductsFeature(OnboardingManagement onboarding, ProductManagement products, ProductEdits edits,
			WorkingDayCalendar calendar, ObjectProvider<DialogEngine> engine) {
		this.onboarding = onboarding;
		this.products = products;
		this.edits = edits;
		this.calendar = calendar;
		this.engine = engine;
	}

	@Override
	public Set<String> commands() {
		return Set.of("products");
	}

	@Override
	public void command(Turn turn, String command, String argument) {
		guarded(turn, () -> list(turn, 0, false));
	}

	@Override
	public String menuItem() {
		return "products";
	}

	@Override
	public void openFromMenu(Turn turn) {
		guarded(turn, () -> list(turn, 0, false));
	}

	@Override
	public ButtonType.Route<?> buttons() {
		return ProductButtons.TYPE.route(this::press);
	}

	private void press(Turn turn, ButtonType.Press<ProductButtons> press) {
		String arg = press.arg();
		guarded(turn, () -> {
			switch (press.action()) {
				case LIST -> list(turn, page(arg), true);
				case NEW -> {
					onboarding.requireFeePaid(turn.from().userId());
					turn.retirePressed();
					engine.getObject().start(turn, ProductDialog.NAME, Map.of());
				}
				case VIEW -> view(turn, products.product(turn.from().userId(), arg));
				case EDIT -> {
					turn.retirePressed();
					edits.open(turn, arg, null);
				}
				case DELIST -> confirmDelist(turn, products.product(turn.from().userId(), arg));
				case DELIST_YES -> {
					Product delisted = products.delist(turn.from().userId(), arg);
					turn.say(turn.texts().get("product.delisted", delisted.getDetails().name()));
					view(turn, delisted);
				}
				case RELIST -> {
					var submitted = products.relist(turn.from().userId(), arg);
					turn.retirePressed();
					var reply = ProductDialog.submittedReply(turn.texts(), submitted, calendar);
					turn.prompt(reply.html(), reply.keyboard());
				}
			}
		});
	}

	private static int page(String arg) {
		try {
			return Math.max(0, Integer.parseInt(arg));
		}
		catch (NumberFormatException forged) {
			return 0;
		}
	}

	private void guarded(Turn turn, Runnable action) {
		Texts t = turn.texts();
		try {
			action.run();
		}
		catch (Refused refused) {
			if ("refused.fee.unpaid".equals(refused.code())) {
				turn.prompt(t.get("refused.fee.unpaid"), List.of(List.of(dev.marketassist.dialogs.provider.ProviderButtons.PAY.button(t.plain("provider.button.pay")))));
			}
			else {
				turn.notice(t.plain(refused));
				turn.say(t.get(refused));
			}
		}
		catch (PreCheckFailed failed) {
			turn.say(t.get("precheck.blocked", new dev.marketassist.dialogs.Html(ProductDialog.findings(t, failed.findings()))));
		}
	}

	private void list(Turn turn, int page, boolean inPlace) {
		onboarding.requireFeePaid(turn.from().userId());
		List<Product> all = products.productsOf(turn.from().userId());
		int last = Math.max(0, (all.size() - 1) / ProductPages.PAGE_SIZE);
		int shown = Math.min(Math.max(page, 0), last);
		Texts t = turn.texts();
		if (inPlace) {
			turn.replacePressed(ProductPages.list(t, all, shown), ProductPages.listButtons(t, all, shown));
		}
		else {
			turn.prompt(ProductPages.list(t, all, shown), ProductPages.listButtons(t, all, shown));
		}
	}

	private void view(Turn turn, Product product) {
		Texts t = turn.texts();
		turn.prompt(ProductPages.page(t, product, calendar.zone()), ProductPages.actions(t, product));
	}

	private void confirmDelist(Turn turn, Product product) {
		Texts t = turn.texts();
		if (product.getStatus() != dev.marketassist.product.ProductStatus.LISTED) {
			throw new Refused("refused.product.delist", product.getStatus().name());
		}
		turn.prompt(t.get("product.delist.confirm", product.getDetails().name()),
				List.of(List.of(ProductButtons.DELIST_YES.button(t.plain("product.button.delist-yes"), product.getId()),
						ProductButtons.VIEW.button(t.plain("product.button.delist-no"), product.getId()))));
	}

}
