package market.atelier.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import market.atelier.account.Account;
import market.atelier.account.AccountException;
import market.atelier.account.AccountService;
import market.atelier.shared.web.Messages;

/**
 * {@code /account/settings}, the name form: a new display name, shown at once in the header (the page is shown
 * again after saving), on the account's reviews and in its messages.
 */
@Named("nameChange")
@RequestScoped
public class NameBacking {

    @Inject
    private AccountService accounts;

    @Inject
    private CurrentAccount current;

    @Inject
    private FacesContext faces;

    private String displayName;

    @PostConstruct
    void init() {
        displayName = current.getDisplayName();
    }

    public void submit() throws IOException {
        try {
            accounts.rename(current.id().orElseThrow(), displayName);
        } catch (AccountException e) {
            Messages.error("name:displayName", e.getMessageKey(), Account.NAME_MAX);
            return;
        }
        Messages.flashInfo("account.settings.name.saved");
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + "/account/settings");
    }

    public int getMax() {
        return Account.NAME_MAX;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }
}
