package market.atelier.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void aTokenIs32RandomBytesInUrlSafeBase64() {
        Tokens.Token token = Tokens.issue();
        assertEquals(43, token.clear().length());
        assertTrue(token.clear().matches("[A-Za-z0-9_-]+"), token.clear());
        assertEquals(32, Base64.getUrlDecoder().decode(token.clear()).length);
        assertTrue(Tokens.wellFormed(token.clear()));
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertTrue(seen.add(Tokens.issue().clear()));
        }
    }

    @Test
    void onlyTheSha256OfATokenIsKeptAndItIsNotTheToken() {
        Tokens.Token token = Tokens.issue();
        assertEquals(Tokens.hash(token.clear()), token.hash());
        assertEquals(64, token.hash().length());
        assertNotEquals(token.clear(), token.hash());
        assertFalse(token.toString().contains(token.clear()), "a token written to a log shows only its hash");
        // SHA-256("abc"), the FIPS 180-2 test vector
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Tokens.hash("abc"));
    }

    @Test
    void textThatCannotBeATokenIsRecognisedBeforeAnyLookUp() {
        assertFalse(Tokens.wellFormed(null));
        assertFalse(Tokens.wellFormed(""));
        assertFalse(Tokens.wellFormed("short"));
        assertFalse(Tokens.wellFormed("a".repeat(42) + "="));
        assertFalse(Tokens.wellFormed("a".repeat(44)));
        assertFalse(Tokens.wellFormed("a".repeat(42) + "'"));
    }

    @Test
    void linksLastAnHourForResetsAndADayForAddressChanges() {
        assertEquals(java.time.Duration.ofHours(1), TokenKind.PASSWORD_RESET.validFor());
        assertEquals(java.time.Duration.ofHours(24), TokenKind.EMAIL_CHANGE.validFor());
    }
}
