package market.atelier.account;

import market.atelier.shared.Refusal;

/** A refusal of sign-up or of a password change. */
public class AccountException extends Refusal {

    private static final long serialVersionUID = 1L;

    public AccountException(String messageKey) {
        super(messageKey);
    }
}
