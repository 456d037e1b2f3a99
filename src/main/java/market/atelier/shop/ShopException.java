package market.atelier.shop;

import market.atelier.shared.Refusal;

/** A refusal of a shop change (a taken name, a second shop). */
public class ShopException extends Refusal {

    private static final long serialVersionUID = 1L;

    public ShopException(String messageKey) {
        super(messageKey);
    }
}
