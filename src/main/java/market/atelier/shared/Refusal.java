package market.atelier.shared;

import jakarta.ejb.ApplicationException;

/**
 * A refusal a person can act on (a taken name, a weak password, a piece without a photo). The message is a key
 * in the i18n bundle, shown next to the field or at the top of the form. Rolls the transaction back.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected Refusal(String messageKey) {
        super(messageKey);
    }

    public String getMessageKey() {
        return getMessage();
    }
}
