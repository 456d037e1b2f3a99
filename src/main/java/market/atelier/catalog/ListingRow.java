package market.atelier.catalog;

import java.io.Serializable;
import java.time.Instant;
import java.util.Currency;
import market.atelier.shared.Money;

/** One row of the seller's listings table. */
public final class ListingRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String title;
    private final ListingStatus status;
    private final int stock;
    private final Money price;
    private final String photoKey;
    private final Instant updatedAt;
    private final boolean oneOfAKind;

    public ListingRow(Long id, String title, ListingStatus status, Integer stock, Long priceMinor, String currency,
            String photoKey, Instant updatedAt, Boolean oneOfAKind) {
        this.id = id;
        this.title = title;
        this.status = status;
        this.stock = stock;
        this.price = new Money(priceMinor, Currency.getInstance(currency));
        this.photoKey = photoKey;
        this.updatedAt = updatedAt;
        this.oneOfAKind = oneOfAKind;
    }

    public long getId() { return id; }
    public String getTitle() { return title; }
    public ListingStatus getStatus() { return status; }
    public int getStock() { return stock; }
    public Money getPrice() { return price; }
    public String getPhotoKey() { return photoKey; }
    public Instant getUpdatedAt() { return updatedAt; }
    public boolean isOneOfAKind() { return oneOfAKind; }
}
