package market.atelier.demo;

import java.util.List;
import java.util.stream.IntStream;
import market.atelier.shared.MediaStore;
import market.atelier.shared.MediaStore.StoredImage;

/** The drawn pictures of one demo shop, stored in the media store: two views of every piece. */
record DemoPictures(StoredImage portrait, StoredImage banner, List<List<StoredImage>> listingPhotos) {

    static final int VIEWS = 2;
    private static final int WIDTH = 960;
    private static final int HEIGHT = 1200;

    static DemoPictures draw(DemoShop shop, int shopIndex) {
        MediaStore store = MediaStore.inDataDir();
        List<DemoListing> listings = shop.listings();
        // Drawing is pure CPU work on private images: spread it over the cores.
        List<List<StoredImage>> photos = IntStream.range(0, listings.size()).parallel()
                .mapToObj(i -> IntStream.range(0, VIEWS)
                        .mapToObj(view -> store.store(JewelleryIllustrator.draw(listings.get(i).category(),
                                listings.get(i).materials(), seed(shopIndex, i), view, WIDTH, HEIGHT)))
                        .toList())
                .toList();
        StoredImage portrait = store.store(DemoPortraits.portrait(31L * shopIndex + 5, 480));
        StoredImage banner = store.store(DemoPortraits.banner(listings, 97L * shopIndex + 3, 1500, 500));
        return new DemoPictures(portrait, banner, photos);
    }

    private static long seed(int shopIndex, int listingIndex) {
        return 7919L * shopIndex + 104_729L * listingIndex + 17;
    }
}
