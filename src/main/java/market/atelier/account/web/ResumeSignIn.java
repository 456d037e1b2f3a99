package market.atelier.account.web;

import static jakarta.interceptor.Interceptor.Priority.PLATFORM_BEFORE;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InterceptorBinding;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Optional;
import market.atelier.account.AtelierIdentityStore;

/**
 * Signs a session in again on a server that did not see it sign in. WildFly keeps the identity of a Jakarta
 * Security sign-in in the memory of the server where it happened, not in the replicated session; on another server
 * (the first one died, the balancer sent the shopper on) the session arrives with its cart and pages but signed out.
 * The session does carry the account and session generation {@link SessionGuard} recorded at sign-in: if the
 * account still exists under that generation (no password change since), the caller is that account again, with
 * its roles as they are now. Runs after the container's own session identity ({@code @AutoApplySession}) and before
 * {@code @LoginToContinue} would send a protected page to the sign-in form. The attributes are set only by the
 * server at sign-in and are never read from the request, so a client cannot choose the account.
 */
@Interceptor
@ResumeSignIn.Binding
@Priority(PLATFORM_BEFORE + 205)
public class ResumeSignIn implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AtelierIdentityStore identityStore;

    @AroundInvoke
    public Object resume(InvocationContext invocation) throws Exception {
        Object[] parameters = invocation.getParameters();
        if (!"validateRequest".equals(invocation.getMethod().getName()) || parameters == null
                || parameters.length != 3 || !(parameters[2] instanceof HttpMessageContext context)) {
            return invocation.proceed();
        }
        HttpServletRequest request = context.getRequest();
        HttpSession session = request.getSession(false);
        if (context.isAuthenticationRequest() || request.getUserPrincipal() != null || session == null) {
            return invocation.proceed();
        }
        Optional<SessionGuard.SignedIn> signedIn = SessionGuard.signedInAs(session);
        if (signedIn.isEmpty()) {
            return invocation.proceed();
        }
        CredentialValidationResult result = identityStore.resume(signedIn.get().accountId(),
                signedIn.get().generation());
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            SessionGuard.forget(session);
            return invocation.proceed();
        }
        return context.notifyContainerAboutLogin(result);
    }

    /** Binds {@link ResumeSignIn} to the authentication mechanism. */
    @InterceptorBinding
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    public @interface Binding {
    }
}
