package market.atelier.verification;

import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;

/** What a page shows of a valid badge: which one, since when, until when. */
public record BadgeView(String code, String nameEn, String nameDe, Instant grantedAt, Instant expiresAt,
        boolean computed)
        implements Serializable {

    public String name(Locale locale) {
        return German.is(locale) ? nameDe : nameEn;
    }

    public String getCode() {
        return code;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    /** Kept by a daily computation (Trusted maker), not valid until a date. */
    public boolean isComputed() {
        return computed;
    }
}
