package market.atelier.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Request bodies: 2 MB for every form, more only on the pages that take photos (there the server's own limit,
 * {@code max-post-size} in wildfly-config/04-web.cli, applies: one photo of at most 10 MB and its form). A larger
 * body is answered 413 with a page that says so, before anything reads it. Mapped in web.xml before any filter that
 * reads parameters.
 */
@WebFilter(filterName = "RequestSizeLimit")
public class RequestSizeLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;
    public static final long FORM_BYTES = 2L * 1024 * 1024;

    /** The pages with a photo upload (PrimeFaces fileUpload), without their .xhtml. */
    static final Set<String> UPLOAD_PAGES = Set.of("/seller/listing/edit", "/seller/shop", "/seller/verification",
            "/seller/custom/progress", "/account/review", "/account/custom/new");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getContentLengthLong() > FORM_BYTES && !takesPhotos(request)) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean takesPhotos(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return UPLOAD_PAGES.contains(path.endsWith(".xhtml") ? path.substring(0, path.length() - 6) : path);
    }
}
