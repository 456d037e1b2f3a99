package market.atelier.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ExcerptTest {

    @Test
    void shortTextsStayAsTheyAreAndLongOnesEndWithAnEllipsis() {
        assertEquals("Größe 54 – łatwo 💍", Excerpt.of("Größe 54 – łatwo 💍", 20));
        assertEquals("Größe…", Excerpt.of("Größe 54 – łatwo", 6));
    }

    @Test
    void anEmojiAtTheCutIsLeftOutWholeNeverHalved() {
        String text = "a".repeat(8) + "💍" + " and more";
        String excerpt = Excerpt.of(text, 10);
        assertEquals("a".repeat(8) + "…", excerpt);
        assertEquals(excerpt, new String(excerpt.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8),
                "no half surrogate pair, which UTF-8 (and the database) would turn into '?'");
        assertEquals("a".repeat(7) + "💍…", Excerpt.of("a".repeat(7) + "💍" + " and more", 10));
    }
}
