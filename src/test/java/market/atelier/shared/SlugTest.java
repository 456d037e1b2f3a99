package market.atelier.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlugTest {

    @Test
    void turnsNamesWithAccentsAndPunctuationIntoReadableAsciiSlugs() {
        assertEquals("ines-duarte-ourivesaria", Slug.of("Inês Duarte — Ourivesaria"));
        assertEquals("goldschmiede-strasse-7", Slug.of("Goldschmiede Straße 7"));
        assertEquals("kobenhavn-solv", Slug.of("København Sølv"));
        assertEquals("lodz-studio", Slug.of("Łódź Studio!!"));
        assertEquals("zoe-muller-zloto-krakow", Slug.of("Zoë Müller – Złoto & Kraków 💍"));
    }

    @Test
    void spellsLettersWithoutADecompositionInAscii() {
        assertEquals("grosse-ringe-aus-weissgold", Slug.of("GROẞE Ringe aus WEISSGOLD"));
        assertEquals("durda-dordevic-thorunn", Slug.of("Đurđa Đorđević · Þórunn"));
        assertEquals("islik-ciftlik", Slug.of("Islık Çiftlik"));
    }

    @Test
    void neverReturnsAnEmptyOrOverlongSlug() {
        assertEquals("shop", Slug.of("★★★"));
        assertEquals("shop", Slug.of(null));
        String slug = Slug.of("a very long shop name ".repeat(10));
        assertTrue(slug.length() <= Slug.MAX_LENGTH && !slug.endsWith("-"), slug);
    }

    @Test
    void dropsMarkupCharacters() {
        assertEquals("script-alert-1-script", Slug.of("<script>alert(1)</script>"));
    }
}
