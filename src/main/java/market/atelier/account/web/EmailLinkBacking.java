package market.atelier.account.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import market.atelier.account.AccountException;
import market.atelier.account.AccountTokens;
import market.atelier.account.EmailChange;
import market.atelier.account.EmailVerification;
import org.omnifaces.cdi.Param;

/**
 * {@code /email/verify?token=…} (the address given at sign-up) and {@code /email/confirm?token=…} (a new address).
 * Opening the link only looks it up; the person confirms with a button. Mail scanners and link previews open links
 * too, and must not confirm an address for someone who typed it without owning it. The page then says what happened
 * and what to do next.
 */
@Named("emailLink")
@ViewScoped
public class EmailLinkBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The link is valid and waits for the button. */
    private static final String ASK = "ASK";

    @Inject
    private EmailVerification verification;

    @Inject
    private EmailChange change;

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    @Param(name = "token")
    private String token;

    private String state;

    private String address;

    /** f:viewAction of /email/verify. A link used before for an address that is verified is simply done. */
    public void lookUpVerify() {
        AccountTokens.Check check = verification.check(token);
        if (check.valid()) {
            state = ASK;
            address = check.token().getAccount().getEmail();
        } else if (check.status() == AccountTokens.Status.USED && check.token().getAccount().isEmailVerified()) {
            state = AccountTokens.Status.VALID.name();
        } else {
            state = check.status().name();
        }
    }

    /** f:viewAction of /email/confirm: the page names the address the link would make the account's. */
    public void lookUpConfirm() {
        AccountTokens.Check check = change.check(token);
        state = check.valid() ? ASK : check.status().name();
        address = check.valid() ? check.token().getNewEmail() : null;
    }

    /** The button of /email/verify. */
    public void verify() {
        state = verification.verify(token).name();
        currentAccount.reload(); // the banner goes on this very page
    }

    /** The button of /email/confirm. */
    public void confirm() {
        try {
            state = change.confirm(token).name();
            currentAccount.reload(); // the page shows the account as it is now
        } catch (AccountException e) {
            state = "TAKEN";
        }
    }

    /** ASK (valid, not yet confirmed), VALID (done), USED, EXPIRED, UNKNOWN, or TAKEN (another account has it now). */
    public String getState() {
        return state;
    }

    /** The address a valid link confirms. */
    public String getAddress() {
        return address;
    }
}
