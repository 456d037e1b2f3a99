package market.atelier.favourite;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One saved piece or one saved shop of one account (exactly one of the two ids is set). */
@Entity
@Table(name = "favourite")
public class Favourite {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "favourite_seq")
    @SequenceGenerator(name = "favourite_seq", sequenceName = "favourite_seq", allocationSize = 50)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "listing_id")
    private Long listingId;

    @Column(name = "shop_id")
    private Long shopId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Favourite() {
    }

    static Favourite piece(long accountId, long listingId, Instant at) {
        Favourite favourite = new Favourite();
        favourite.accountId = accountId;
        favourite.listingId = listingId;
        favourite.createdAt = at;
        return favourite;
    }

    static Favourite shop(long accountId, long shopId, Instant at) {
        Favourite favourite = new Favourite();
        favourite.accountId = accountId;
        favourite.shopId = shopId;
        favourite.createdAt = at;
        return favourite;
    }

    public Long getId() {
        return id;
    }

    public Long getListingId() {
        return listingId;
    }

    public Long getShopId() {
        return shopId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
