package market.atelier.custom;

import market.atelier.shared.Refusal;

/** A made-to-order step that cannot happen: the shop takes no custom orders, bad input, the request moved on. */
public class CustomOrderException extends Refusal {

    private static final long serialVersionUID = 1L;

    public CustomOrderException(String messageKey) {
        super(messageKey);
    }
}
