package market.atelier.order.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** A visitor's cart lives under a random token in this cookie (HttpOnly, SameSite=Lax, 30 days), not in a session. */
final class CartCookie {

    static final String NAME = "atelier_cart";
    private static final int THIRTY_DAYS = 30 * 24 * 3600;

    private CartCookie() {
    }

    static String read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (NAME.equals(cookie.getName()) && cookie.getValue().matches("[A-Za-z0-9_-]{43}")) {
                return cookie.getValue();
            }
        }
        return null;
    }

    static void write(HttpServletRequest request, HttpServletResponse response, String token) {
        response.addCookie(cookie(request, token, THIRTY_DAYS));
    }

    static void clear(HttpServletRequest request, HttpServletResponse response) {
        response.addCookie(cookie(request, "", 0));
    }

    private static Cookie cookie(HttpServletRequest request, String value, int maxAge) {
        Cookie cookie = new Cookie(NAME, value);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(maxAge);
        return cookie;
    }
}
