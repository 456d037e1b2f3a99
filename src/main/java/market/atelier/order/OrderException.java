package market.atelier.order;

import market.atelier.shared.Refusal;

/** A refusal a shopper or artisan can act on: a piece gone, a card declined, an order already shipped. */
public class OrderException extends Refusal {

    private static final long serialVersionUID = 1L;

    private final String detail;

    public OrderException(String messageKey) {
        this(messageKey, null);
    }

    /** With a detail for the message, e.g. the title of the piece that is gone. */
    public OrderException(String messageKey, String detail) {
        super(messageKey);
        this.detail = detail;
    }

    public String getDetail() {
        return detail;
    }
}
