package market.atelier.verification;

/** What happened to a badge, as the public history shows it. */
public enum BadgeEventKind {
    GRANTED, RENEWED, EXPIRED, SUSPENDED, REVOKED, RESTORED
}
