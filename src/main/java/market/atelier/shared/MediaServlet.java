package market.atelier.shared;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves stored images: {@code /media/<key>-<size>.jpg} and the responsive variants
 * {@code /media/<key>-w<width>.jpg|webp} (made on first request when missing, see {@link MediaStore#variant}), from
 * this server's cache folder, which reads through to the database on a miss: every server serves every picture.
 * Content-addressed, so they are cached for a year and revalidated by ETag; {@code nosniff} keeps browsers from
 * guessing another type. When no decoding permit frees up in time, a variant's request gets the full-size JPEG
 * instead, marked not to be kept.
 */
@WebServlet("/media/*")
public class MediaServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(MediaServlet.class.getName());
    private static final Pattern NAME = Pattern.compile("/([0-9a-f]{32})-([a-z]+)\\.jpg");
    private static final Pattern VARIANT = Pattern.compile("/([0-9a-f]{32})-w([0-9]{3,4})\\.(jpg|webp)");

    private final transient MediaStore store = MediaStore.inDataDir();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String pathInfo = String.valueOf(request.getPathInfo());
        Matcher name = NAME.matcher(pathInfo);
        Matcher variant = VARIANT.matcher(pathInfo);
        boolean size = name.matches();
        if (size || variant.matches()) {
            String key = size ? name.group(1) : variant.group(1);
            MediaStore.Format format = size ? MediaStore.Format.JPEG
                    : MediaStore.Format.fromExtension(variant.group(3));
            try {
                Optional<Path> file = size ? store.file(key, MediaStore.Size.fromSuffix(name.group(2)))
                        : store.variant(key, Integer.parseInt(variant.group(2)), format);
                String tag = size ? key + "-" + name.group(2) : key + "-w" + variant.group(2) + "-" + variant.group(3);
                send(request, response, file.orElse(null), tag, format, true);
            } catch (ImageUpload.Rejected busy) {
                LOG.fine(() -> "Picture " + pathInfo + " not made now: " + busy.getMessage());
                send(request, response, store.full(key).orElse(null), null, MediaStore.Format.JPEG, false);
            }
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static void send(HttpServletRequest request, HttpServletResponse response, Path file, String tag,
                             MediaStore.Format format, boolean keep) throws IOException {
        if (file == null || !Files.isRegularFile(file)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentType(format.contentType());
        if (!keep) {
            response.setHeader("Cache-Control", "no-store");
        } else {
            String etag = "\"" + tag + "\"";
            response.setHeader("ETag", etag);
            response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
            String ifNoneMatch = request.getHeader("If-None-Match");
            if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.trim().equals("*"))) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
        }
        response.setContentLengthLong(Files.size(file));
        if (!"HEAD".equals(request.getMethod())) {
            Files.copy(file, response.getOutputStream());
        }
    }
}
