package market.atelier.custom;

/** REQUESTED → QUOTED → ACCEPTED (a private listing exists); DECLINED by the artisan; WITHDRAWN by the shopper. */
public enum CustomRequestStatus {
    REQUESTED, QUOTED, DECLINED, ACCEPTED, WITHDRAWN;

    /** Still waiting for someone: the artisan (requested) or the shopper (quoted). */
    public boolean isOpen() {
        return this == REQUESTED || this == QUOTED;
    }
}
