package market.atelier.account.web;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import market.atelier.account.AccountService;

/**
 * Ends a signed-in session whose account changed its password since the session signed in: the session remembers
 * the account's session generation at sign-in ({@link #signedIn}); the account's generation, read from the
 * database on each request (so it holds across several servers), is raised by every password change. The ended
 * session's request is sent to the same address again, now signed out: account pages ask to sign in.
 * Mapped in web.xml; resources and pictures are not checked (they show nothing of the account).
 * <p>
 * The session also remembers which account it is signed in as, once the container has that identity (at a sign-in
 * that succeeds at once, or here on the first request after a sign-in that continued to a saved page): the
 * container keeps the identity in this server's memory only, so on another server (after a failover)
 * {@link ResumeSignIn} signs the session in again from these two attributes, which are copied with the session.
 */
@WebFilter(filterName = "SessionGuard")
public class SessionGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String GENERATION = "atelier.sessionGeneration";
    private static final String ACCOUNT = "atelier.signedInAccount";

    @EJB
    private AccountService accounts;

    /**
     * This session signs in under the account's generation; the sign-in continues to a saved page, where the
     * container takes the identity (and this filter records the account).
     */
    static void signedIn(HttpSession session, int generation) {
        session.removeAttribute(ACCOUNT);
        session.setAttribute(GENERATION, generation);
    }

    /** This session signed in (or, after a password change, carries on) as the account, under its generation. */
    static void signedIn(HttpSession session, long accountId, int generation) {
        session.setAttribute(ACCOUNT, accountId);
        session.setAttribute(GENERATION, generation);
    }

    /** The account this session signed in as and the generation it signed in under, if it did. */
    static Optional<SignedIn> signedInAs(HttpSession session) {
        if (session.getAttribute(ACCOUNT) instanceof Long account
                && session.getAttribute(GENERATION) instanceof Integer generation) {
            return Optional.of(new SignedIn(account, generation));
        }
        return Optional.empty();
    }

    /** Who signed in, under which session generation. */
    record SignedIn(long accountId, int generation) {
    }

    /** The session no longer says who signed in (the account is gone or changed its password). */
    static void forget(HttpSession session) {
        session.removeAttribute(ACCOUNT);
        session.removeAttribute(GENERATION);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal caller = request.getUserPrincipal();
        HttpSession session = request.getSession(false);
        if (caller != null && session != null && checked(request)) {
            if (!current(caller, session)) {
                request.logout();
                session.invalidate();
                redirectToSelf(request, response);
                return;
            }
            Long account = Long.valueOf(caller.getName()); // a number: current() checked it
            if (!account.equals(session.getAttribute(ACCOUNT))) {
                session.setAttribute(ACCOUNT, account);
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean checked(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/jakarta.faces.resource/") && !path.startsWith("/media/");
    }

    private boolean current(Principal caller, HttpSession session) {
        Optional<Integer> generation;
        try {
            generation = accounts.sessionGeneration(Long.parseLong(caller.getName()));
        } catch (NumberFormatException e) {
            return false;
        }
        return generation.isPresent() && generation.get().equals(session.getAttribute(GENERATION));
    }

    /** The same address again (a Faces AJAX request is told to go there in its own format). */
    private static void redirectToSelf(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String query = request.getQueryString();
        String url = request.getRequestURI() + (query == null || !"GET".equals(request.getMethod()) ? "" : "?" + query);
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + url.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;") + "\"/></partial-response>");
            return;
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", url);
    }
}
