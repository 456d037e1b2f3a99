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
 * without asking again (Faces' own {@code max-age} is overruled). Unversioned ones are revalidated after an hour;
 * errors are not kept.
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
        String cacheControl = versioned ? IMMUTABLE : "public, max-age=3600";
        response.setHeader("Cache-Control", cacheControl);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) { // Faces sets its own max-age: ours stands
                if (!"Cache-Control".equalsIgnoreCase(name) || !cacheControl.equals(getHeader(name))) {
                    super.setHeader(name, value);
                }
            }

            @Override
            public void addHeader(String name, String value) {
                if (!"Cache-Control".equalsIgnoreCase(name) || !cacheControl.equals(getHeader(name))) {
                    super.addHeader(name, value);
                }
            }

            @Override
            public void setStatus(int status) {
                if (status >= 400) {
                    super.setHeader("Cache-Control", "no-store");
                }
                super.setStatus(status);
            }

            @Override
            public void sendError(int status) throws IOException {
                super.setHeader("Cache-Control", "no-store");
                super.sendError(status);
            }

            @Override
            public void sendError(int status, String message) throws IOException {
                super.setHeader("Cache-Control", "no-store");
                super.sendError(status, message);
            }
        });
    }
}
