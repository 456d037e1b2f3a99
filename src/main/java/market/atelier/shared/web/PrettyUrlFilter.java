package market.atelier.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Addresses with a parameter in the path: {@code /listings/<id>[/<title-slug>]} and {@code /shops/<slug>[/<page>]}
 * are forwarded to the page that shows them, with the parameter in {@link #PATH_PARAMETER}. Anything else under
 * those folders is left alone (and is a 404 unless it is a page).
 */
@WebFilter(filterName = "PrettyUrlFilter", urlPatterns = {"/listings/*", "/shops/*"})
public class PrettyUrlFilter extends HttpFilter {

    /** The request attribute holding the id or slug taken from the path. */
    public static final String PATH_PARAMETER = "atelier.pathParameter";

    private record Route(Pattern pattern, String view) {
    }

    private static final List<Route> ROUTES = List.of(
            new Route(Pattern.compile("/listings/(\\d{1,18})(?:/[^/]{0,200})?"), "/listings/index.xhtml"),
            new Route(Pattern.compile("/shops/([a-z0-9-]{1,80})"), "/shops/index.xhtml"),
            new Route(Pattern.compile("/shops/([a-z0-9-]{1,80})/verification"), "/shops/verification.xhtml"));

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (Route route : ROUTES) {
            Matcher matcher = route.pattern().matcher(path);
            if (matcher.matches()) {
                request.setAttribute(PATH_PARAMETER, matcher.group(1));
                request.getRequestDispatcher(route.view()).forward(request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The path parameter of the current request, or null. */
    public static String pathParameter(HttpServletRequest request) {
        Object value = request.getAttribute(PATH_PARAMETER);
        return value == null ? null : value.toString();
    }
}
