package market.atelier.shared.web;

import java.io.Serializable;
import market.atelier.shared.MediaStore.StoredImage;

/** A photo stored but not yet attached to anything, kept in a view (EL reads getters, not record components). */
public final class PendingPhoto implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final int width;
    private final int height;

    public PendingPhoto(StoredImage image) {
        this.key = image.key();
        this.width = image.width();
        this.height = image.height();
    }

    public StoredImage stored() {
        return new StoredImage(key, width, height);
    }

    public String getKey() {
        return key;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }
}
