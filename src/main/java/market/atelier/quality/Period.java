package market.atelier.quality;

import java.time.Duration;
import java.time.Instant;

/** The two spans every figure is shown over. */
public enum Period {
    D90, ALL;

    public static final Duration RECENT = Duration.ofDays(90);

    /** The start of the period at {@code now}, or null for all time. */
    public Instant since(Instant now) {
        return this == D90 ? now.minus(RECENT) : null;
    }
}
