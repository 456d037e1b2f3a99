package market.atelier.mail.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import market.atelier.account.web.CurrentAccount;
import market.atelier.mail.MailPreferences;
import market.atelier.mail.MailSettings;
import market.atelier.shared.web.Messages;

/** {@code /account/mail-preferences}: the signed-in account turns its two digests on or off. */
@Named("mailPreferences")
@RequestScoped
public class MailPreferencesBacking {

    @Inject
    private MailPreferences preferences;

    @Inject
    private CurrentAccount current;

    private boolean messages;
    private boolean verification;

    @PostConstruct
    void load() {
        current.id().ifPresent(id -> {
            MailSettings settings = preferences.of(id);
            messages = settings.isMessagesDigest();
            verification = settings.isVerificationDigest();
        });
    }

    public void save() {
        preferences.save(current.id().orElseThrow(), messages, verification);
        Messages.info(null, "mail.preferences.saved");
    }

    public boolean isMessages() {
        return messages;
    }

    public void setMessages(boolean messages) {
        this.messages = messages;
    }

    public boolean isVerification() {
        return verification;
    }

    public void setVerification(boolean verification) {
        this.verification = verification;
    }
}
