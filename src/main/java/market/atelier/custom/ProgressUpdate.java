package market.atelier.custom;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A photo and a short note the artisan posts on a shop order while making the piece; the shopper sees it. */
@Entity
@Table(name = "progress_update")
public class ProgressUpdate {

    public static final int NOTE_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "progress_update_seq")
    @SequenceGenerator(name = "progress_update_seq", sequenceName = "progress_update_seq", allocationSize = 50)
    private Long id;

    @Column(name = "shop_order_id", nullable = false)
    private long shopOrderId;

    @Column(name = "media_key", length = 32)
    private String mediaKey;

    private Integer width;

    private Integer height;

    @Column(nullable = false, length = NOTE_MAX)
    private String note;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ProgressUpdate() {
    }

    ProgressUpdate(long shopOrderId, String mediaKey, Integer width, Integer height, String note, Instant now) {
        this.shopOrderId = shopOrderId;
        this.mediaKey = mediaKey;
        this.width = width;
        this.height = height;
        this.note = note;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getShopOrderId() {
        return shopOrderId;
    }

    public String getMediaKey() {
        return mediaKey;
    }

    public int getWidth() {
        return width == null ? 0 : width;
    }

    public int getHeight() {
        return height == null ? 0 : height;
    }

    public String getNote() {
        return note;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
