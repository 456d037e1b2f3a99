package market.atelier.shop;

import jakarta.ejb.ApplicationException;

/** A refusal the artisan can act on (a taken name, a second shop); the message is an i18n key. */
@ApplicationException(rollback = true)
public class ShopException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ShopException(String messageKey) {
        super(messageKey);
    }

    public String getMessageKey() {
        return getMessage();
    }
}
