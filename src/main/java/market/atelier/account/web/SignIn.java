package market.atelier.account.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Signing in from a form (sign-in and sign-up): Jakarta Security checks; a new session id on success. */
@RequestScoped
class SignIn {

    @Inject
    private SecurityContext security;

    @Inject
    private FacesContext faces;

    AuthenticationStatus withPassword(String email, String password) {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                withParams().credential(new UsernamePasswordCredential(email.trim(), new Password(password))));
        if (status == AuthenticationStatus.SUCCESS) {
            request.changeSessionId();
        }
        return status;
    }

    /** After a sign-in that did not continue to a saved page: to {@code continueTo} if local, else home. */
    void continueTo(String continueTo) {
        ExternalContext external = faces.getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + SafeRedirect.localPath(continueTo));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
