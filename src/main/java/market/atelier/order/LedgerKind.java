package market.atelier.order;

/** What moved a shop's balance. Sales and commission reversals add; commission, refunds and payouts subtract. */
public enum LedgerKind {
    SALE, COMMISSION, REFUND, COMMISSION_REVERSAL, PAYOUT
}
