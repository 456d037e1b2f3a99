package market.atelier.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Faces resources ({@code /jakarta.faces.resource/...}) whose URL carries a version ({@code v=}: PrimeFaces' own,
 * or Atelier's content hash from {@link ResourceVersion}) never change under that URL: browsers keep them for a year
 * without asking again. Unversioned ones are revalidated after an hour; errors are not kept.
 */
@WebFilter(filterName = "ResourceCaching", urlPatterns = "/jakarta.faces.resource/*")
public class ResourceCaching extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String query = request.getQueryString();
        boolean versioned = query != null && ("&" + query).contains("&v=");
        response.setHeader("Cache-Control", versioned ? IMMUTABLE : "public, max-age=3600");
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setStatus(int status) {
                if (status >= 400) {
                    setHeader("Cache-Control", "no-store");
                }
                super.setStatus(status);
            }

            @Override
            public void sendError(int status) throws IOException {
                setHeader("Cache-Control", "no-store");
                super.sendError(status);
            }

            @Override
            public void sendError(int status, String message) throws IOException {
                setHeader("Cache-Control", "no-store");
                super.sendError(status, message);
            }
        });
    }
}
