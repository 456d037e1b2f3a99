package market.atelier.shared;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves stored images: {@code /media/<key>-<size>.jpg}. Content-addressed, so they are cached for a year
 * and revalidated by ETag; {@code nosniff} keeps browsers from guessing another type.
 */
@WebServlet("/media/*")
public class MediaServlet extends HttpServlet {

    private static final Pattern NAME = Pattern.compile("/([0-9a-f]{32})-([a-z]+)\\.jpg");

    private final transient MediaStore store = MediaStore.inDataDir();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher name = NAME.matcher(String.valueOf(request.getPathInfo()));
        Path file = name.matches() ? store.path(name.group(1), MediaStore.Size.fromSuffix(name.group(2))) : null;
        if (file == null || !Files.isRegularFile(file)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String etag = "\"" + name.group(1) + "-" + name.group(2) + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentType("image/jpeg");
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.trim().equals("*"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentLengthLong(Files.size(file));
        if (!"HEAD".equals(request.getMethod())) {
            Files.copy(file, response.getOutputStream());
        }
    }
}
