package market.atelier.catalog;

import market.atelier.shared.Refusal;

/** A refusal of a listing change (no photo yet, too many photos, no alt text). */
public class ListingException extends Refusal {

    private static final long serialVersionUID = 1L;

    public ListingException(String messageKey) {
        super(messageKey);
    }
}
