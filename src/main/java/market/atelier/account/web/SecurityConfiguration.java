package market.atelier.account.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Sign-in is Atelier's own form ({@code /login}) over the accounts table: Jakarta Security's custom form
 * mechanism, which sends a visitor of a protected page to the form and back to that page afterwards.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login", errorPage = "", useForwardToLogin = false))
@DeclareRoles({"SHOPPER", "ARTISAN", "VERIFIER", "ADMIN"})
@ApplicationScoped
public class SecurityConfiguration {
}
