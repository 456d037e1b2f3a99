package market.atelier.order;

/**
 * Why a shop refunded. {@code NOT_AS_DESCRIBED} (the piece came back, or was not what the listing said) counts in
 * the shop's public return / not-as-described rate; the others do not.
 */
public enum RefundReason {
    NOT_AS_DESCRIBED, DAMAGED_IN_TRANSIT, LOST_IN_TRANSIT, CHANGED_MIND, GOODWILL, OTHER
}
