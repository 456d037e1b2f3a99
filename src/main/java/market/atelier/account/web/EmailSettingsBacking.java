package market.atelier.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Locale;
import market.atelier.account.Account;
import market.atelier.account.AccountException;
import market.atelier.account.EmailChange;
import market.atelier.account.EmailVerification;
import market.atelier.shared.web.ClientAddress;
import market.atelier.shared.web.Messages;
import org.omnifaces.cdi.Param;

/**
 * {@code /account/email}: the address (verified or not, with "send again"), a change to a new address confirmed
 * from a mail to it, and the language of the account's mails.
 */
@Named("emailSettings")
@ViewScoped
public class EmailSettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentAccount current;

    @Inject
    private EmailChange change;

    @Inject
    private EmailVerification verification;

    @Inject
    private SignIn signIn;

    /** Set by the banner's "send again" ({@link ResendVerificationServlet}): sent, throttled or verified. */
    @Inject
    @Param(name = "resend")
    private String resend;

    private String email;
    private boolean verified;
    private String pending;

    @NotBlank
    @Email
    @Size(max = Account.EMAIL_MAX)
    private String newEmail;

    @NotBlank
    @Size(max = 200)
    private String password;

    private String language;

    @PostConstruct
    void load() {
        Account account = current.get().orElseThrow();
        email = account.getEmail();
        verified = account.isEmailVerified();
        language = account.getLocale().getLanguage();
    }

    /** f:viewAction: what the banner's "send again" did, said at the top of the page. */
    public void announce() {
        if ("sent".equals(resend) || "verified".equals(resend)) {
            Messages.info(null, "account.verifyBanner." + resend);
        } else if ("throttled".equals(resend)) {
            Messages.error(null, "account.verifyBanner.throttled");
        }
    }

    private long accountId() {
        return current.get().orElseThrow().getId();
    }

    /** Guessing the current password here counts like guessing it at sign-in ({@link SignIn#refused}). */
    public void requestChange() {
        if (signIn.refused(email)) {
            return;
        }
        try {
            change.request(accountId(), newEmail, password, client());
            pending = Account.normalizeEmail(newEmail);
            newEmail = null;
            Messages.info(null, "account.email.sent", pending, email);
        } catch (AccountException e) {
            if (e.getMessageKey().equals("account.password.currentWrong")) {
                signIn.countFailure(email);
            }
            Messages.error(e.getMessageKey().equals("account.password.currentWrong") ? "change:password" : "change:new",
                    e.getMessageKey());
        }
        password = null;
    }

    public void resendVerification() {
        switch (verification.resend(accountId(), client())) {
            case SENT -> Messages.info(null, "account.verifyBanner.sent");
            case THROTTLED -> Messages.error(null, "account.verifyBanner.throttled");
            case ALREADY_VERIFIED -> {
                verified = true;
                Messages.info(null, "account.verifyBanner.verified");
            }
        }
    }

    public void saveLanguage() {
        change.setLanguage(accountId(), Locale.forLanguageTag(language));
        Messages.info(null, "account.email.languageSaved");
    }

    public String getEmail() {
        return email;
    }

    public boolean isVerified() {
        return verified;
    }

    public String getPending() {
        return pending;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = "de".equals(language) ? "de" : "en";
    }

    /** The client's address, read per request (the view outlives it). */
    private static String client() {
        return ClientAddress.of((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }
}
