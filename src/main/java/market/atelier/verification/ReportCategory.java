package market.atelier.verification;

/** What a shopper reports about a listing or a shop. */
public enum ReportCategory {
    NOT_HANDMADE, RESOLD, MATERIALS, OTHER
}
