package market.atelier.verification;

/**
 * DRAFT (the artisan edits it) → SUBMITTED (read-only, in the verifiers' queue) → APPROVED, CHANGES_REQUESTED or
 * REJECTED; a later submission makes a still-waiting one SUPERSEDED. Nothing is ever deleted once submitted.
 */
public enum ApplicationState {
    DRAFT, SUBMITTED, APPROVED, CHANGES_REQUESTED, REJECTED, SUPERSEDED;

    public boolean isDecided() {
        return this == APPROVED || this == CHANGES_REQUESTED || this == REJECTED;
    }
}
