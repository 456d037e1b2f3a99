package market.atelier.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;
import org.omnifaces.util.Servlets;

/**
 * The version of Atelier's own resources (CSS, JS, icons under {@code /resources}): a hash of their content, so it
 * changes exactly when one of the files does. OmniFaces' {@code VersionedResourceHandler} puts it in every resource
 * URL ({@code &v=...}, web.xml), and {@link ResourceCaching} lets browsers keep such URLs for a year.
 */
@Named
@ApplicationScoped
public class ResourceVersion {

    private String value;

    /** Eight hex digits of the SHA-256 of every file under {@code /resources}, in path order. */
    public synchronized String getValue() {
        if (value == null) {
            value = of(Servlets.getContext());
        }
        return value;
    }

    static String of(ServletContext context) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            Set<String> files = new TreeSet<>();
            Deque<String> folders = new ArrayDeque<>(Set.of("/resources/"));
            while (!folders.isEmpty()) {
                Set<String> paths = context.getResourcePaths(folders.pop());
                for (String path : paths == null ? Set.<String>of() : paths) {
                    if (path.endsWith("/")) {
                        folders.push(path);
                    } else {
                        files.add(path);
                    }
                }
            }
            for (String file : files) {
                digest.update(file.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                try (InputStream in = context.getResourceAsStream(file)) {
                    if (in != null) {
                        digest.update(in.readAllBytes());
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 4);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
