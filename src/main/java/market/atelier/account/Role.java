package market.atelier.account;

/** What an account may do. Everyone who signs up is a shopper; opening a shop adds ARTISAN. */
public enum Role {
    SHOPPER, ARTISAN, VERIFIER, ADMIN
}
