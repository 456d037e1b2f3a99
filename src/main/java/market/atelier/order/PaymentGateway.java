package market.atelier.order;

import market.atelier.shared.Money;

/**
 * The payment provider. Atelier runs on {@link SandboxGateway}; a real provider implements the same two calls. The
 * idempotency key is passed on, so a provider charges a repeated request once.
 */
public interface PaymentGateway {

    /** A successful charge: the provider's reference and the card's last four digits. */
    record Charge(String reference, String last4) {
    }

    /** Charges the card or throws {@link PaymentDeclined}; the same key charges at most once. */
    Charge charge(String idempotencyKey, Money amount, Card card);

    /** Gives back part or all of a charge. */
    void refund(String reference, Money amount);

    /** A refused charge, with the provider's reason ({@code card_declined}, {@code insufficient_funds}, ...). */
    class PaymentDeclined extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final String reason;

        public PaymentDeclined(String reason) {
            super(reason);
            this.reason = reason;
        }

        public String getReason() {
            return reason;
        }
    }
}
