package market.atelier.account;

import java.util.Locale;
import java.util.Set;

/**
 * The password rule, as NIST SP 800-63B suggests: long enough, not a well-known password, not the e-mail
 * address; no composition rules. 10 to 128 characters.
 */
public final class PasswordRule {

    public static final int MIN = 10;
    public static final int MAX = 128;
    private static final Set<String> COMMON = Set.of("password12", "password123", "1234567890", "qwertyuiop",
            "123456789a", "iloveyou12", "letmein123", "welcome123", "passw0rd12", "atelier123", "abcdefghij",
            "0987654321", "1q2w3e4r5t", "qwerty1234", "password1!", "jewellery1", "jewelry123");

    private PasswordRule() {
    }

    /** Throws {@link AccountException} with the reason's message key when the password is not acceptable. */
    public static void check(String password, String email) {
        if (password == null || password.length() < MIN) {
            throw new AccountException("account.password.tooShort");
        }
        if (password.length() > MAX) {
            throw new AccountException("account.password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || lower.chars().distinct().count() < 4) {
            throw new AccountException("account.password.tooCommon");
        }
        String local = email == null ? "" : Account.normalizeEmail(email).split("@")[0];
        if (local.length() >= 4 && lower.contains(local)) {
            throw new AccountException("account.password.containsEmail");
        }
    }
}
