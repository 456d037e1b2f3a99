package market.atelier.order;

import java.util.Arrays;
import market.atelier.shared.Refusal;

/** A refusal a shopper or artisan can act on: a piece gone, a card declined, an order already shipped. */
public class OrderException extends Refusal {

    private static final long serialVersionUID = 1L;

    private final Object[] details;

    public OrderException(String messageKey) {
        this(messageKey, new Object[0]);
    }

    /** With details for the message, e.g. the title of the piece that is gone, or the new total (a Money). */
    public OrderException(String messageKey, Object... details) {
        super(messageKey);
        this.details = details.clone();
    }

    /** The first detail as text (e.g. the piece's title), or null. */
    public String getDetail() {
        return details.length == 0 || details[0] == null ? null : details[0].toString();
    }

    public Object[] getDetails() {
        return Arrays.copyOf(details, details.length);
    }
}
