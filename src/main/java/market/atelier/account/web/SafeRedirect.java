package market.atelier.account.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Where to go after signing in or saving a favourite: only a path on this site, never another host. Browsers
 * forgive a lot in addresses (they drop tabs and line breaks, read a backslash as a slash), so {@code "/\t/host"}
 * or {@code "/\\host"} would lead off the site; such paths, raw or percent-encoded (once or more), give home.
 */
public final class SafeRedirect {

    static final String HOME = "/";
    private static final int MAX = 2000;
    private static final int DECODE_ROUNDS = 3;

    private SafeRedirect() {
    }

    public static String localPath(String target) {
        if (target == null || target.length() > MAX) {
            return HOME;
        }
        if (target.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
            return HOME;
        }
        String decoded = target;
        for (int round = 0; round <= DECODE_ROUNDS; round++) {
            if (!plainLocal(decoded)) {
                return HOME;
            }
            String next = percentDecoded(decoded);
            if (next == null || next.equals(decoded)) {
                return target;
            }
            decoded = next;
        }
        return HOME;
    }

    /** A path starting with one slash, without control or invisible characters and without backslashes. */
    private static boolean plainLocal(String path) {
        if (path.length() == 0 || path.charAt(0) != '/' || path.length() > 1 && path.charAt(1) == '/') {
            return false;
        }
        return path.codePoints().noneMatch(c -> c == '\\' || Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT);
    }

    /** The path with %XX escapes decoded as UTF-8, or null if it holds a malformed escape. */
    private static String percentDecoded(String path) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] raw = path.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] != '%') {
                bytes.write(raw[i]);
                continue;
            }
            if (i + 2 >= raw.length || Character.digit(raw[i + 1], 16) < 0 || Character.digit(raw[i + 2], 16) < 0) {
                return null;
            }
            bytes.write(Character.digit(raw[i + 1], 16) * 16 + Character.digit(raw[i + 2], 16));
            i += 2;
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
