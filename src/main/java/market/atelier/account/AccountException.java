package market.atelier.account;

import jakarta.ejb.ApplicationException;

/** A refusal a user can act on; the message is a key in the i18n bundle. Rolls the transaction back. */
@ApplicationException(rollback = true)
public class AccountException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccountException(String messageKey) {
        super(messageKey);
    }

    public String getMessageKey() {
        return getMessage();
    }
}
