package market.atelier.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * {@code ?lang=de} switches the language and remembers it for a year in a small cookie (not a session);
 * later requests read the cookie. Unsupported values are ignored.
 */
@WebFilter(filterName = "LocaleFilter", urlPatterns = "/*")
public class LocaleFilter extends HttpFilter {

    public static final String CHOSEN_LOCALE = "atelier.chosenLocale";
    static final String COOKIE = "atelier_lang";
    static final List<String> SUPPORTED = List.of("en", "de");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String lang = request.getParameter("lang");
        if (lang != null && SUPPORTED.contains(lang)) {
            Cookie cookie = new Cookie(COOKIE, lang);
            cookie.setPath("/");
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        } else {
            lang = fromCookie(request);
        }
        if (lang != null) {
            request.setAttribute(CHOSEN_LOCALE, Locale.forLanguageTag(lang));
        }
        chain.doFilter(request, response);
    }

    private static String fromCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName()) && SUPPORTED.contains(cookie.getValue())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }
}
