package market.atelier.account.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sign-in is Atelier's own form ({@code /login}) over the accounts table: what Jakarta Security's custom form
 * mechanism does (a visitor of a protected page is sent to the form and back to that page afterwards; the identity
 * stores check the password; the container keeps the identity for the session), written out so that
 * {@link ResumeSignIn} can sign a session in again on another server before a protected page asks for the form.
 */
@AutoApplySession
@ResumeSignIn.Binding
@LoginToContinue(loginPage = "/login", errorPage = "", useForwardToLogin = false)
@DeclareRoles({"SHOPPER", "ARTISAN", "VERIFIER", "ADMIN"})
@ApplicationScoped
public class SecurityConfiguration implements HttpAuthenticationMechanism {

    @Inject
    private IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (!context.isAuthenticationRequest()) {
            return context.doNothing();
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (!(credential instanceof UsernamePasswordCredential)) {
            return context.doNothing(); // request.authenticate() without a form: nothing to check
        }
        return context.notifyContainerAboutLogin(identityStores.validate(credential));
    }
}
