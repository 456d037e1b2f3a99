package market.atelier.catalog;

/** The honest "who made it" disclosure of a piece. */
public enum WhoMade {
    /** The artisan who owns the shop made it. */
    ARTISAN,
    /** A named member of the shop's small team made it. */
    SHOP_MEMBER,
    /** The artisan designed it; a named production partner (e.g. a casting house) made part of it. */
    PRODUCTION_PARTNER
}
