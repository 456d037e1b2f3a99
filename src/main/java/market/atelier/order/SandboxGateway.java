package market.atelier.order;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import market.atelier.shared.Money;

/**
 * The stand-in payment provider. Test cards: {@code 4242 4242 4242 4242} succeeds, {@code 4000 0000 0000 0002} is
 * declined, {@code 4000 0000 0000 9995} fails for insufficient funds; any other number that passes the Luhn check
 * succeeds, anything else is an invalid number. Remembers its charges (per server, in memory) so that the same key
 * charges once and tests can count what was charged.
 */
@ApplicationScoped
public class SandboxGateway implements PaymentGateway {

    public static final String DECLINED = "4000000000000002";
    public static final String NO_FUNDS = "4000000000009995";

    private final Map<String, Charge> charges = new ConcurrentHashMap<>();
    private final List<String> refunds = new CopyOnWriteArrayList<>();

    @Override
    public Charge charge(String idempotencyKey, Money amount, Card card) {
        String digits = card.digits();
        if (!digits.matches("\\d{12,19}") || !luhn(digits)) {
            throw new PaymentDeclined("invalid_number");
        }
        if (DECLINED.equals(digits)) {
            throw new PaymentDeclined("card_declined");
        }
        if (NO_FUNDS.equals(digits)) {
            throw new PaymentDeclined("insufficient_funds");
        }
        return charges.computeIfAbsent(idempotencyKey,
                key -> new Charge("sbx_" + UUID.randomUUID().toString().replace("-", ""), card.last4()));
    }

    @Override
    public void refund(String reference, Money amount) {
        refunds.add(reference + " " + amount.minorUnits());
    }

    /** How many distinct charges were made for keys starting with this prefix (tests). */
    public long chargesFor(String keyPrefix) {
        return charges.keySet().stream().filter(key -> key.startsWith(keyPrefix)).count();
    }

    /** Refunds given for this charge reference, in minor units (tests). */
    public List<Long> refundsOf(String reference) {
        return refunds.stream().filter(r -> r.startsWith(reference + " "))
                .map(r -> Long.valueOf(r.substring(reference.length() + 1))).toList();
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }
}
