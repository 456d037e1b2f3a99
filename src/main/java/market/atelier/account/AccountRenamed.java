package market.atelier.account;

/** Fired inside the transaction that changes an account's display name; copies of the name follow it. */
public record AccountRenamed(long accountId, String displayName) {
}
