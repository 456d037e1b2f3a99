package market.atelier.review;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A buyer's review of one delivered order line: four aspects rated 1-5, a text, up to three photos, and at most
 * one public reply by the shop. Hidden reviews (an admin's decision on a report) are shown nowhere and count in
 * no figure.
 */
@Entity
@Table(name = "review")
public class Review {

    public static final int BODY_MIN = 10;
    public static final int BODY_MAX = 2000;
    public static final int REPLY_MAX = 1000;
    public static final int MAX_PHOTOS = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_seq")
    @SequenceGenerator(name = "review_seq", sequenceName = "review_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "order_line_id", nullable = false, unique = true)
    private long orderLineId;

    @Column(name = "shop_id", nullable = false)
    private long shopId;

    @Column(name = "listing_id", nullable = false)
    private long listingId;

    @Column(name = "listing_title", nullable = false, length = 120)
    private String listingTitle;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "author_name", nullable = false, length = 80)
    private String authorName;

    @Column(nullable = false)
    private int craftsmanship;

    @Column(name = "as_described", nullable = false)
    private int asDescribed;

    @Column(nullable = false)
    private int communication;

    @Column(nullable = false)
    private int packaging;

    @Column(nullable = false, length = BODY_MAX)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(length = REPLY_MAX)
    private String reply;

    @Column(name = "replied_at")
    private Instant repliedAt;

    @Column(nullable = false)
    private boolean hidden;

    @OneToMany(mappedBy = "review", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<ReviewPhoto> photos = new ArrayList<>();

    protected Review() {
    }

    Review(long orderLineId, long shopId, long listingId, String listingTitle, long authorId, String authorName,
            int[] scores, String body, Instant now) {
        this.orderLineId = orderLineId;
        this.shopId = shopId;
        this.listingId = listingId;
        this.listingTitle = listingTitle;
        this.authorId = authorId;
        this.authorName = authorName;
        this.craftsmanship = scores[0];
        this.asDescribed = scores[1];
        this.communication = scores[2];
        this.packaging = scores[3];
        this.body = body;
        this.createdAt = now;
    }

    void addPhoto(String mediaKey, int width, int height) {
        photos.add(new ReviewPhoto(this, photos.size(), mediaKey, width, height));
    }

    void reply(String text, Instant now) {
        if (reply != null) {
            throw new ReviewException("reviews.error.replied");
        }
        this.reply = text;
        this.repliedAt = now;
    }

    void hide() {
        this.hidden = true;
    }


    public Long getId() {
        return id;
    }

    public long getOrderLineId() {
        return orderLineId;
    }

    public long getShopId() {
        return shopId;
    }

    public long getListingId() {
        return listingId;
    }

    public String getListingTitle() {
        return listingTitle;
    }

    public long getAuthorId() {
        return authorId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public int getCraftsmanship() {
        return craftsmanship;
    }

    public int getAsDescribed() {
        return asDescribed;
    }

    public int getCommunication() {
        return communication;
    }

    public int getPackaging() {
        return packaging;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getReply() {
        return reply;
    }

    public Instant getRepliedAt() {
        return repliedAt;
    }

    public boolean isHidden() {
        return hidden;
    }

    public List<ReviewPhoto> getPhotos() {
        return photos;
    }
}
