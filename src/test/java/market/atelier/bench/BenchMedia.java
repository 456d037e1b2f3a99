package market.atelier.bench;

import java.nio.file.Path;
import java.util.List;
import market.atelier.demo.JewelleryIllustrator;
import market.atelier.shared.MediaStore;
import market.atelier.shared.MemoryMediaRows;

/**
 * Draws a few pictures per category into a media store for the benchmark's seeded listings (so their pages show real
 * photos) and prints one tab-separated line per picture: category, media key, width, height.
 * Run by {@code bench/run}: {@code BenchMedia <media dir> <pictures per category>}. Only the files are written (there
 * is no server yet): the server copies them into its database when it starts ({@code shared.MediaBackfill}).
 */
public final class BenchMedia {

    private static final List<String> CATEGORIES = List.of("rings", "necklaces", "earrings", "bracelets", "brooches");
    private static final List<List<String>> MATERIALS = List.of(List.of("sterling silver"), List.of("gold"),
            List.of("sterling silver", "moonstone"), List.of("brass", "garnet"), List.of("copper"),
            List.of("rose gold", "pearl"));

    private BenchMedia() {
    }

    public static void main(String[] args) {
        MediaStore store = new MediaStore(Path.of(args[0]), new MemoryMediaRows());
        int perCategory = Integer.parseInt(args[1]);
        for (String category : CATEGORIES) {
            for (int i = 0; i < perCategory; i++) {
                MediaStore.StoredImage image = store.store(JewelleryIllustrator.draw(category,
                        MATERIALS.get(i % MATERIALS.size()), 1000L * CATEGORIES.indexOf(category) + i, 0, 960, 1200));
                System.out.println(category + "\t" + image.key() + "\t" + image.width() + "\t" + image.height());
            }
        }
    }
}
