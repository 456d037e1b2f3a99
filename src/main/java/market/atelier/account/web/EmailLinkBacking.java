package market.atelier.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import market.atelier.account.AccountException;
import market.atelier.account.EmailChange;
import market.atelier.account.EmailVerification;
import org.omnifaces.cdi.Param;

/**
 * {@code /email/verify?token=…} (the address given at sign-up) and {@code /email/confirm?token=…} (a new address):
 * opening the mailed link is the proof, so the page acts when it is opened (the token is the secret; a link opened
 * twice says it was used). The page then says what happened and what to do next.
 */
@Named("emailLink")
@RequestScoped
public class EmailLinkBacking {

    @Inject
    private EmailVerification verification;

    @Inject
    private EmailChange change;

    @Inject
    @Param(name = "token")
    private String token;

    private String outcome;

    /** f:viewAction of /email/verify. */
    public void verify() {
        if (outcome == null) {
            outcome = verification.verify(token).name();
        }
    }

    /** f:viewAction of /email/confirm. */
    public void confirm() {
        if (outcome != null) {
            return;
        }
        try {
            outcome = change.confirm(token).name();
        } catch (AccountException e) {
            outcome = "TAKEN";
        }
    }

    /** VALID (done), USED, EXPIRED, UNKNOWN, or TAKEN (the new address has an account meanwhile). */
    public String getOutcome() {
        return outcome;
    }
}
