package market.atelier.verification;

/** What a verifier decides on a submitted application. On an appeal, APPROVE restores and REJECT revokes. */
public enum Decision {
    APPROVE, REQUEST_CHANGES, REJECT
}
