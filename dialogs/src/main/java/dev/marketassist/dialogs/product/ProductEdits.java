package dev.marketassist.dialogs.product;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.marketassist.product.Product;
import dev.marketassist.product.ProductManagement;
import dev.marketassist.product.ProductStatus;
import dev.marketassist.core.Refused;
import dev.marketassist.dialogs.engine.DialogDefinition;
import dev.marketassist.dialogs.engine.DialogEngine;
import dev.marketassist.dialogs.engine.Turn;
import dev.marketassist.dialogs.session.DialogState;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Modifying a product (also "Fix and resubmit" under a rejection): the product dialog opens on
 * its summary with the product's current answers, about that product. A product in review is
 * refused ({@code refused.product.submit}).
 */
@Component
public class ProductEdits {

	private final ProductManagement products;

	private final ObjectProvider<DialogEngine> engine;

	ProductEdits(ProductManagement products, ObjectProvider<DialogEngine> engine) {
		this.products = products;
		this.engine = engine;
	}

	/**
	 * Opens the edit of one of the user's products.
	 * @throws Refused if it is not the user's or it is in review
	 */
	public void open(Turn turn, String productId, String ticketId) {
		Product product = products.product(turn.from().userId(), productId);
		if (product.getStatus() == ProductStatus.IN_REVIEW) {
			throw new Refused("refused.product.submit", product.getStatus().name());
		}
		DialogState state = new DialogState(ProductDialog.NAME, DialogDefinition.SUMMARY, turn.now());
		Map<String, String> answers = ProductAnswers.answers(product.getDetails());
		state.setAnswers(new LinkedHashMap<>(answers));
		Map<String, String> context = new LinkedHashMap<>();
		context.put("product", product.getId());
		if (ticketId != null) {
			context.put("ticket", ticketId);
		}
		state.setContext(context);
		DialogDefinition dialog = engine.getObject().find(ProductDialog.NAME).orElseThrow();
		state.setTrail(new ArrayList<>(dialog.pathOf(answers, context)));
		turn.session().getDrafts().remove(ProductDialog.NAME);
		turn.session().setActive(state);
		engine.getObject().show(turn, null);
	}

}
