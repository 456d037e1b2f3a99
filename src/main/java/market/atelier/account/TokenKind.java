package market.atelier.account;

import java.time.Duration;

/** What a mailed link does, and how long it stays valid. */
public enum TokenKind {
    VERIFY_EMAIL(Duration.ofDays(3)),
    PASSWORD_RESET(Duration.ofHours(1)),
    EMAIL_CHANGE(Duration.ofHours(24));

    private final Duration validFor;

    TokenKind(Duration validFor) {
        this.validFor = validFor;
    }

    public Duration validFor() {
        return validFor;
    }
}
