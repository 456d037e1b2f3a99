package market.atelier.catalog;

import java.util.Currency;
import market.atelier.shared.Money;
import market.atelier.shared.Slug;

/** What a grid card shows of a listing, read in one query with its shop and primary photo. */
public final class ListingCard {

    private final long id;
    private final String title;
    private final Money price;
    private final long shopId;
    private final String shopSlug;
    private final String shopName;
    private final String shopCity;
    private final String shopCountry;
    private final String photoKey;
    private final String photoAlt;
    private final int photoWidth;
    private final int photoHeight;

    public ListingCard(Long id, String title, Long priceMinor, String currency, Long shopId, String shopSlug,
            String shopName,
            String shopCity, String shopCountry, String photoKey, String photoAlt, Integer photoWidth,
            Integer photoHeight) {
        this.id = id;
        this.title = title;
        this.price = new Money(priceMinor, Currency.getInstance(currency));
        this.shopId = shopId;
        this.shopSlug = shopSlug;
        this.shopName = shopName;
        this.shopCity = shopCity;
        this.shopCountry = shopCountry;
        this.photoKey = photoKey;
        this.photoAlt = photoAlt;
        this.photoWidth = photoWidth == null ? 0 : photoWidth;
        this.photoHeight = photoHeight == null ? 0 : photoHeight;
    }

    /** The public address of the listing: {@code /listings/<id>/<title-slug>}. */
    public String getUrl() {
        return "/listings/" + id + "/" + Slug.of(title);
    }

    public long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public Money getPrice() {
        return price;
    }

    public long getShopId() {
        return shopId;
    }

    public String getShopSlug() {
        return shopSlug;
    }

    public String getShopName() {
        return shopName;
    }

    public String getShopCity() {
        return shopCity;
    }

    public String getShopCountry() {
        return shopCountry;
    }

    public String getPhotoKey() {
        return photoKey;
    }

    public String getPhotoAlt() {
        return photoAlt;
    }

    public int getPhotoWidth() {
        return photoWidth;
    }

    public int getPhotoHeight() {
        return photoHeight;
    }
}
