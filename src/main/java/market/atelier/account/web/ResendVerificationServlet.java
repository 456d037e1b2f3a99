package market.atelier.account.web;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import market.atelier.account.EmailVerification;
import market.atelier.shared.web.ClientAddress;
import market.atelier.shared.web.SameOrigin;

/**
 * "Send again" in the banner shown to signed-in people whose address is not verified yet: a plain POST form (the
 * banner is on every page, most of which have no Faces form), refused cross-site. Answers with
 * {@code /account/email?resend=sent|throttled|verified}.
 */
@WebServlet("/account/email/resend")
public class ResendVerificationServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private EmailVerification verification;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!SameOrigin.check(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        long account = Long.parseLong(request.getUserPrincipal().getName());
        String outcome = verification.resend(account, ClientAddress.of(request)).name().toLowerCase(Locale.ROOT);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + "/account/email?resend="
                + (outcome.equals("already_verified") ? "verified" : outcome));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/account/email");
    }
}
