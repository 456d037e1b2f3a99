package market.atelier.account.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** After sign-in or a favourite, only a path on this site survives; anything a browser could read as another host goes home. */
class SafeRedirectTest {

    @ParameterizedTest
    @ValueSource(strings = {"/\t/evil.example", "/\n/evil.example", "/\r/evil.example", "/ /evil.example",
            "//evil.example", "///evil.example", "/\\evil.example", "/\\/evil.example", "\\/evil.example",
            "/%09/evil.example", "/%0a/evil.example", "/%0D/evil.example", "/%5Cevil.example", "/%2F/evil.example",
            "/%2f%2fevil.example", "/%252F/evil.example", "/%25252F/evil.example", "/%2509/evil.example",
            "https://evil.example/", "http:/evil.example", "javascript:alert(1)", "evil.example", "%2F%2Fevil.example",
            "", "/\u0000/evil.example", "/\u200b/evil.example", "/\u00a0/evil.example", "/\u3000/evil.example",
            "/ok\u2028/evil.example", "/%E2%80%8B/evil.example"})
    void anythingThatCouldLeaveTheSiteGoesHome(String hostile) {
        assertEquals("/", SafeRedirect.localPath(hostile));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/listings/42", "/search?q=silver%20ring&verified=true", "/shops/zo%C3%AB-m%C3%BCller",
            "/shops/kraków-studio", "/search?q=100%", "/account/orders#latest", "/compare?ids=1,2,3"})
    void pathsOnThisSiteAreKept(String local) {
        assertEquals(local, SafeRedirect.localPath(local));
    }

    @org.junit.jupiter.api.Test
    void nothingOrTooLongGoesHome() {
        assertEquals("/", SafeRedirect.localPath(null));
        assertEquals("/", SafeRedirect.localPath("/" + "a".repeat(2001)));
    }
}
