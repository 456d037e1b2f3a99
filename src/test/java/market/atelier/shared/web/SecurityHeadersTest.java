package market.atelier.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** HSTS is promised only when Atelier is served over HTTPS; the other headers always. */
class SecurityHeadersTest {

    @Test
    void httpsAddsStrictTransportSecurityForAYearWithSubdomains() {
        assertEquals("max-age=31536000; includeSubDomains",
                SecurityHeaders.headers(true).get("Strict-Transport-Security"));
        assertEquals("DENY", SecurityHeaders.headers(true).get("X-Frame-Options"));
    }

    @Test
    void plainHttpPromisesNoStrictTransportSecurity() {
        assertFalse(SecurityHeaders.headers(false).containsKey("Strict-Transport-Security"));
        assertEquals(4, SecurityHeaders.headers(false).size());
    }
}
