package market.atelier.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JewelleryIllustratorTest {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private static final List<String> MATERIALS = List.of("925 silver", "garnet", "freshwater pearl");
    private static final int W = 240, H = 300;

    @Test
    void drawsAnRgbImageOfTheRequestedSize() {
        BufferedImage full = JewelleryIllustrator.draw("rings", MATERIALS, 1, 0, 960, 1200);
        assertEquals(960, full.getWidth());
        assertEquals(1200, full.getHeight());
        assertEquals(BufferedImage.TYPE_INT_RGB, full.getType());
        BufferedImage odd = JewelleryIllustrator.draw("brooches", MATERIALS, 1, 0, 37, 53);
        assertEquals(37, odd.getWidth());
        assertEquals(53, odd.getHeight());
    }

    @Test
    void sameArgumentsGiveTheSamePixels() {
        for (String category : List.of("rings", "necklaces", "earrings", "bracelets", "brooches")) {
            for (int view = 0; view < 3; view++) {
                assertArrayEquals(pixels(JewelleryIllustrator.draw(category, MATERIALS, 42, view, W, H)),
                        pixels(JewelleryIllustrator.draw(category, MATERIALS, 42, view, W, H)), category + " view " + view);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"rings", "necklaces", "earrings", "bracelets", "brooches"})
    void differentSeedsGiveDifferentPictures(String category) {
        BufferedImage a = JewelleryIllustrator.draw(category, MATERIALS, 1, 0, W, H);
        BufferedImage b = JewelleryIllustrator.draw(category, MATERIALS, 2, 0, W, H);
        assertTrue(changedFraction(a, b) > 0.02, category + ": seeds 1 and 2 look alike");
    }

    @ParameterizedTest
    @ValueSource(strings = {"rings", "necklaces", "earrings", "bracelets", "brooches"})
    void eachCategoryDrawsADetailedPiece(String category) {
        List<List<String>> materials = List.of(MATERIALS, List.of("18k gold", "sapphire"), List.of("copper", "turquoise", "enamel"),
                List.of("brass"), List.of("rose gold", "opal"), List.of("oxidised silver", "labradorite", "moonstone"));
        for (int seed = 0; seed < 12; seed++) {
            BufferedImage img = JewelleryIllustrator.draw(category, materials.get(seed % materials.size()), seed, seed % 3, W, H);
            String where = category + " seed " + seed;
            assertTrue(distinctColours(img) >= 24, where + ": too few colours, " + distinctColours(img));
            assertTrue(detailFraction(img) >= 0.01, where + ": mostly plain backdrop, " + detailFraction(img));
        }
    }

    @Test
    void viewsShowThePieceDifferently() {
        BufferedImage main = JewelleryIllustrator.draw("necklaces", MATERIALS, 7, 0, W, H);
        assertTrue(changedFraction(main, JewelleryIllustrator.draw("necklaces", MATERIALS, 7, 1, W, H)) > 0.02);
        assertTrue(changedFraction(main, JewelleryIllustrator.draw("necklaces", MATERIALS, 7, 2, W, H)) > 0.02);
    }

    @Test
    void goldIsDrawnWarmerThanSilver() {
        for (String category : List.of("rings", "bracelets", "brooches")) {
            double gold = warmth(JewelleryIllustrator.draw(category, List.of("18k gold"), 3, 0, W, H));
            double silver = warmth(JewelleryIllustrator.draw(category, List.of("925 silver"), 3, 0, W, H));
            assertTrue(gold > silver + 1, category + ": gold " + gold + " vs silver " + silver);
        }
    }

    @Test
    void toleratesUnknownInputAndRejectsEmptySizes() {
        List<String> odd = Arrays.asList("unobtainium", null, "", "Sterling Silver", "ENAMEL");
        assertEquals(W, JewelleryIllustrator.draw(null, null, -5, -1, W, H).getWidth());
        assertEquals(W, JewelleryIllustrator.draw("hats", odd, Long.MAX_VALUE, 7, W, H).getWidth());
        assertThrows(IllegalArgumentException.class, () -> JewelleryIllustrator.draw("rings", MATERIALS, 1, 0, 0, 100));
    }

    private static int[] pixels(BufferedImage img) {
        return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
    }

    /** Share of pixels whose colour differs clearly between the two images. */
    private static double changedFraction(BufferedImage a, BufferedImage b) {
        int[] pa = pixels(a), pb = pixels(b);
        int changed = 0;
        for (int i = 0; i < pa.length; i++) {
            int d = Math.abs((pa[i] >> 16 & 255) - (pb[i] >> 16 & 255)) + Math.abs((pa[i] >> 8 & 255) - (pb[i] >> 8 & 255))
                    + Math.abs((pa[i] & 255) - (pb[i] & 255));
            changed += d > 30 ? 1 : 0;
        }
        return changed / (double) pa.length;
    }

    /** Colours in use at 4 bits per channel; the plain backdrop alone needs only a handful. */
    private static int distinctColours(BufferedImage img) {
        Set<Integer> colours = new HashSet<>();
        for (int c : pixels(img)) {
            colours.add((c >> 20 & 15) << 8 | (c >> 12 & 15) << 4 | (c >> 4 & 15));
        }
        return colours.size();
    }

    /** Share of sample points with a strong brightness step 6 px away; the smooth backdrop has none. */
    private static double detailFraction(BufferedImage img) {
        int samples = 0, detail = 0;
        for (int y = 0; y + 6 < img.getHeight(); y += 2) {
            for (int x = 0; x + 6 < img.getWidth(); x += 2) {
                int l = luma(img.getRGB(x, y));
                samples++;
                detail += Math.abs(l - luma(img.getRGB(x + 6, y))) + Math.abs(l - luma(img.getRGB(x, y + 6))) > 40 ? 1 : 0;
            }
        }
        return detail / (double) samples;
    }

    private static int luma(int c) {
        return ((c >> 16 & 255) * 3 + (c >> 8 & 255) * 6 + (c & 255)) / 10;
    }

    /** Mean red minus blue. */
    private static double warmth(BufferedImage img) {
        double sum = 0;
        for (int c : pixels(img)) {
            sum += (c >> 16 & 255) - (c & 255);
        }
        return sum / (img.getWidth() * img.getHeight());
    }
}
