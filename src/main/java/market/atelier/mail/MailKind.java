package market.atelier.mail;

/** What a mail is about; digest kinds can be unsubscribed from one by one. */
public enum MailKind {
    VERIFY_EMAIL,
    PASSWORD_RESET,
    EMAIL_CHANGE,
    EMAIL_CHANGED_NOTICE,
    /** To the shopper: the order as placed (lines per shop, address, total). */
    ORDER_RECEIPT,
    /** To a shop's owner: its part of a new order. */
    NEW_ORDER,
    /** To the shopper: a shop sent its part, with the tracking link. */
    ORDER_SHIPPED,
    /** Digest: new messages in conversations. */
    DIGEST_MESSAGES,
    /** Digest: verification decisions and badge changes. */
    DIGEST_VERIFICATION;

    /** Carries a sign-in secret (a link with a token): its text is wiped from the outbox once sent or given up. */
    public boolean carriesToken() {
        return this == VERIFY_EMAIL || this == PASSWORD_RESET || this == EMAIL_CHANGE;
    }

    /** A digest kind, which an account can turn off (and which is then not sent even if already queued). */
    public boolean isDigest() {
        return this == DIGEST_MESSAGES || this == DIGEST_VERIFICATION;
    }
}
