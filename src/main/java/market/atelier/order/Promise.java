package market.atelier.order;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;

/**
 * The making time an order promises, one rule for the listing page, checkout, {@code /seller/orders} and the on-time
 * figures: each piece promises its own processing time (set on the listing; a made-to-order piece carries the making
 * time its quote gave), a shop order of several pieces the longest of them, counted from the moment it is placed.
 * The shop's "usually N days" is a description, never a promise.
 */
public final class Promise {

    private Promise() {
    }

    /** The processing days a shop order of pieces promising these days promises: the longest (0 for none). */
    public static int processingDays(IntStream pieces) {
        return pieces.max().orElse(0);
    }

    /** When a shop order placed at {@code placed} promising {@code processingDays} must have shipped by. */
    public static Instant shipBy(Instant placed, int processingDays) {
        return placed.plus(Duration.ofDays(processingDays));
    }
}
