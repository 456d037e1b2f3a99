package market.atelier.account;

/**
 * Fired inside the transaction that deletes an account, before its row is anonymised. Features that keep the
 * person's data observe it: they remove or anonymise what is theirs, or refuse the deletion by throwing an
 * {@link AccountException} (everything then rolls back).
 */
public record AccountDeleting(long accountId, boolean artisan) {
}
