package market.atelier.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import market.atelier.catalog.search.CatalogChanged;
import market.atelier.shared.web.PageStore.Page;

/**
 * A few seconds of memory for public pages, as visitors see them: the HTML of an anonymous GET of the home, search,
 * listing, shop, compare and rubric pages is kept per address (only the parameters the page reads, see
 * {@link PageKey}) and language, within a memory budget ({@link PageStore}), for {@code ATELIER_PAGE_CACHE_SECONDS}
 * (default 5; 0 turns it off) and thrown away at once when the catalog changes (any {@link CatalogChanged}). Anyone
 * signed in, with a session, a cart or a language switch in the request gets a freshly rendered page, and a page
 * whose rendering started a session or set a cookie is never kept; {@code Cache-Control: no-cache} (a forced reload)
 * renders afresh. Every page it sees (kept or not) is rendered into memory and sent in one piece. Mapped first in
 * web.xml.
 */
@WebFilter(filterName = "PageCache")
public class PageCache extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final int MAX_BYTES = 512 * 1024;
    static final long TTL_MILLIS = 1_000L * Long.parseLong(System.getProperty("atelier.pageCacheSeconds",
            System.getenv().getOrDefault("ATELIER_PAGE_CACHE_SECONDS", "5")));

    /** The catalog's version: every committed change makes every kept page stale. */
    @ApplicationScoped
    public static class Version {

        private final AtomicLong version = new AtomicLong();

        void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogChanged change) {
            version.incrementAndGet();
        }

        long current() {
            return version.get();
        }
    }

    @Inject
    private Version version;

    @Inject
    private PageStore pages;

    private final Map<String, Boolean> rendering = new ConcurrentHashMap<>();

    private static void send(Page page, HttpServletResponse response) throws IOException {
        response.setContentType(page.contentType());
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"GET".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        PageKey address = TTL_MILLIS > 0 ? address(request) : null;
        if (address == null) { // rendered for this request alone, sent in one piece
            render(request, response, chain, null);
            return;
        }
        String key = address.address() + '|' + language(request);
        long current = version.current();
        Page page = pages.get(key);
        boolean fresh = page != null && page.version() == current && page.expires() > System.currentTimeMillis();
        if (!address.exact()) { // parameters the page does not read: its kept copy, or a render kept nowhere
            if (fresh) {
                send(page, response);
            } else {
                render(request, response, chain, null);
            }
            return;
        }
        // One request renders a stale page again; the others meanwhile get the page as it was (no stampede).
        if (fresh || page != null && rendering.putIfAbsent(key, Boolean.TRUE) != null) {
            send(page, response);
            return;
        }
        try {
            render(request, response, chain, key);
        } finally {
            rendering.remove(key);
        }
    }

    /**
     * Renders the page into memory and sends it in one piece (the servlet container's writer encodes every one of
     * the thousands of small writes of a Faces page on its own; collected, they are encoded in large blocks), and
     * keeps it under {@code key} when that is not null and the page may be kept.
     */
    private void render(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String key)
            throws IOException, ServletException {
        long current = version.current();
        long now = System.currentTimeMillis();
        Capture capture = new Capture(response);
        chain.doFilter(request, capture);
        byte[] body = capture.body();
        if (key != null && capture.cacheable() && capture.getStatus() == HttpServletResponse.SC_OK
                && request.getSession(false) == null && body.length > 0 && body.length <= MAX_BYTES
                && capture.getContentType() != null && capture.getContentType().startsWith("text/html")) {
            pages.put(key, new Page(current, now + TTL_MILLIS, capture.getContentType(), body));
        }
        if (!capture.passedThrough()) {
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }

    /** The page's address as it is kept, or null when this request must be rendered for its sender. */
    private static PageKey address(HttpServletRequest request) {
        String control = request.getHeader("Cache-Control");
        if (!"GET".equals(request.getMethod()) || request.getUserPrincipal() != null
                || request.getRequestedSessionId() != null || request.getParameter("lang") != null
                || control != null && control.contains("no-cache") || cookie(request, "atelier_cart") != null) {
            return null;
        }
        return PageKey.of(request.getRequestURI().substring(request.getContextPath().length()),
                request.getQueryString(), request.getParameterMap());
    }

    /** The language the page will be in: the one chosen (LocaleFilter's cookie), else the browser's first supported. */
    static String language(HttpServletRequest request) {
        String chosen = cookie(request, LocaleFilter.COOKIE);
        if (chosen != null && LocaleFilter.SUPPORTED.contains(chosen)) {
            return chosen;
        }
        if (request.getHeader("Accept-Language") != null) {
            for (Enumeration<Locale> locales = request.getLocales(); locales.hasMoreElements(); ) {
                String language = locales.nextElement().getLanguage();
                if (LocaleFilter.SUPPORTED.contains(language)) {
                    return language;
                }
            }
        }
        return LocaleFilter.SUPPORTED.get(0);
    }

    private static String cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (name.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    /** Collects the page instead of sending it; anything unusual (errors, redirects, cookies) is passed through. */
    private static final class Capture extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
        private ServletOutputStream stream;
        private PrintWriter writer;
        private boolean cacheable = true;
        private boolean passedThrough;

        Capture(HttpServletResponse response) {
            super(response);
        }

        boolean cacheable() {
            return cacheable && !passedThrough;
        }

        boolean passedThrough() {
            return passedThrough;
        }

        byte[] body() {
            if (writer != null) {
                writer.flush();
            }
            return buffer.toByteArray();
        }

        @Override
        public void addCookie(Cookie cookie) {
            cacheable = false;
            super.addCookie(cookie);
        }

        @Override
        public void setHeader(String name, String value) {
            if ("Set-Cookie".equalsIgnoreCase(name)) {
                cacheable = false;
            }
            super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            if ("Set-Cookie".equalsIgnoreCase(name)) {
                cacheable = false;
            }
            super.addHeader(name, value);
        }

        @Override
        public void sendError(int status) throws IOException {
            passedThrough = true;
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            passedThrough = true;
            super.sendError(status, message);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            passedThrough = true;
            super.sendRedirect(location);
        }

        @Override
        public void flushBuffer() {
            // Kept until the page is complete.
        }

        @Override
        public void resetBuffer() {
            buffer.reset();
        }

        @Override
        public void reset() {
            buffer.reset();
            super.reset();
        }

        @Override
        public void setContentLength(int length) {
            // Set when the page is sent.
        }

        @Override
        public void setContentLengthLong(long length) {
            // Set when the page is sent.
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        buffer.write(b);
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) {
                        buffer.write(bytes, offset, length);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException();
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset), false);
            }
            return writer;
        }
    }
}
