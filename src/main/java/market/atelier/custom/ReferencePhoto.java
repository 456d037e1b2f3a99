package market.atelier.custom;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A photo the shopper attached to a request ("like this, but in gold"); stored like listing photos. */
@Embeddable
public class ReferencePhoto {

    @Column(name = "media_key", nullable = false, length = 32)
    private String mediaKey;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    protected ReferencePhoto() {
    }

    public ReferencePhoto(String mediaKey, int width, int height) {
        this.mediaKey = mediaKey;
        this.width = width;
        this.height = height;
    }

    public String getMediaKey() {
        return mediaKey;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }
}
