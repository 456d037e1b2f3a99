package market.atelier.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Cross-site request forgery check for plain HTML forms that are not Faces forms (Faces forms carry their view
 * state): the browser's Fetch Metadata header {@code Sec-Fetch-Site}, or failing that the {@code Origin} header,
 * must say the request came from a page of this site. Clients that send neither (scripts, old browsers) pass; the
 * session cookie is SameSite=Lax, so a cross-site POST from a browser carries no sign-in anyway.
 */
public final class SameOrigin {

    private SameOrigin() {
    }

    public static boolean check(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return site.equals("same-origin") || site.equals("none");
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        String host = request.getHeader("Host");
        try {
            String authority = new URI(origin).getAuthority();
            return authority != null && authority.equalsIgnoreCase(host);
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
