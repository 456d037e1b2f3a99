package market.atelier.catalog;

import jakarta.ejb.ApplicationException;

/** A refusal the artisan can act on (no photo yet, too many photos); the message is an i18n key. */
@ApplicationException(rollback = true)
public class ListingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ListingException(String messageKey) {
        super(messageKey);
    }

    public String getMessageKey() {
        return getMessage();
    }
}
