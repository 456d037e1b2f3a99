package market.atelier.verification;

/** Whether a badge counts now. Only VALID badges are shown as valid anywhere. */
public enum BadgeState {
    VALID, EXPIRED, SUSPENDED, REVOKED
}
