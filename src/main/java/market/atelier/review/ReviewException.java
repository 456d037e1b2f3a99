package market.atelier.review;

import market.atelier.shared.Refusal;

/** A refusal a shopper, artisan or admin can act on: not delivered, reviewed already, too late, no text. */
public class ReviewException extends Refusal {

    private static final long serialVersionUID = 1L;

    public ReviewException(String messageKey) {
        super(messageKey);
    }
}
