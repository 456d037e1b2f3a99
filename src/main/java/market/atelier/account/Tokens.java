package market.atelier.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secret in a mailed link: {@value #BYTES} random bytes from {@link SecureRandom}, URL-safe Base64 without
 * padding (43 characters). Only its SHA-256 ({@link #hash}) is stored, so the database alone opens no link.
 */
public final class Tokens {

    static final int BYTES = 32;
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A fresh token: the text for the link and the hash for the database. */
    public record Token(String clear, String hash) {

        @Override
        public String toString() {
            return "Token[hash=" + hash + "]"; // never the clear text, should it reach a log
        }
    }

    private Tokens() {
    }

    public static Token issue() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        String clear = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Token(clear, hash(clear));
    }

    /** Whether the text could be a token at all (checked before any database work). */
    public static boolean wellFormed(String clear) {
        return clear != null && WELL_FORMED.matcher(clear).matches();
    }

    /** SHA-256 of the token's text, 64 lower-case hex digits. */
    public static String hash(String clear) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(clear.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}
