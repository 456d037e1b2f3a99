package market.atelier.mail.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import market.atelier.mail.MailKind;
import market.atelier.mail.MailPreferences;

/**
 * {@code /mail/unsubscribe?t=…&k=messages|verification}: the unsubscribe link of a digest, without signing in. A
 * visit asks (mail scanners open links; opening changes nothing); the button turns the digest off at once. A mail
 * program's one-click unsubscribe (RFC 8058: POST with {@code List-Unsubscribe=One-Click}) turns it off directly.
 */
@Named("unsubscribe")
@RequestScoped
public class UnsubscribeBacking {

    @Inject
    private MailPreferences preferences;

    @Inject
    private HttpServletRequest request;

    private String token;
    private String kind;
    private MailKind done;
    private boolean invalid;

    /** The view action: a one-click POST from a mail program unsubscribes at once. */
    public void open() {
        if ("POST".equals(request.getMethod()) && "One-Click".equals(request.getParameter("List-Unsubscribe"))) {
            confirm();
        }
    }

    public void confirm() {
        Optional<MailKind> result = preferences.unsubscribe(token, kind);
        done = result.orElse(null);
        invalid = result.isEmpty();
    }

    public boolean isDone() {
        return done != null;
    }

    public boolean isInvalid() {
        return invalid;
    }

    /** The bundle key part of the kind asked for ({@code messages} or {@code verification}), or null. */
    public String getKindKey() {
        return "messages".equals(kind) || "verification".equals(kind) ? kind : null;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }
}
