package market.atelier.verification;

import market.atelier.shared.Refusal;

/** A verification step refused for a reason the person can act on; the message is an i18n key. */
public class VerificationException extends Refusal {

    private static final long serialVersionUID = 1L;

    public VerificationException(String messageKey) {
        super(messageKey);
    }
}
