package market.atelier.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import market.atelier.account.Account;
import market.atelier.account.AccountService;
import market.atelier.account.Role;

/** The signed-in account of this request, read at most once; {@code #{currentAccount}} in views. */
@Named
@RequestScoped
public class CurrentAccount {

    @Inject
    private SecurityContext security;

    @Inject
    private AccountService accounts;

    private Optional<Account> account;
    private Optional<Long> id;

    public Optional<Account> get() {
        if (account == null) {
            Principal caller = security.getCallerPrincipal();
            account = caller == null ? Optional.empty() : parse(caller.getName()).flatMap(accounts::byId);
        }
        return account;
    }

    /**
     * Reads the account again when next asked: an action of this request changed it (an address confirmed), and a
     * posted page asked for it before the action ran.
     */
    public void reload() {
        account = null;
    }

    /** The signed-in account's id from the caller name, without reading the account. */
    public Optional<Long> id() {
        if (id == null) { // asked by every heart and own-piece check of a page
            Principal caller = security.getCallerPrincipal();
            id = caller == null ? Optional.empty() : parse(caller.getName());
        }
        return id;
    }

    public boolean isSignedIn() {
        return get().isPresent();
    }

    public String getDisplayName() {
        return get().map(Account::getDisplayName).orElse("");
    }

    public String getEmail() {
        return get().map(Account::getEmail).orElse("");
    }

    /** Whether the signed-in account's address is verified (true for visitors: nothing to ask them). */
    public boolean isEmailVerified() {
        return get().map(Account::isEmailVerified).orElse(true);
    }

    /** Read from the account as it is now (opening a shop makes an artisan without signing in again). */
    public boolean hasRole(String role) {
        return get().map(account -> account.hasRole(Role.valueOf(role))).orElse(false);
    }

    private static Optional<Long> parse(String name) {
        try {
            return Optional.of(Long.valueOf(name));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
