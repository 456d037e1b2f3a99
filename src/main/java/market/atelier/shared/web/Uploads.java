package market.atelier.shared.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import market.atelier.shared.ImageUpload;
import market.atelier.shared.MediaStore;
import market.atelier.shared.MediaStore.StoredImage;
import market.atelier.shared.Refusal;
import org.primefaces.model.file.UploadedFile;

/** A photo uploaded through a PrimeFaces form, checked and stored; a refusal becomes a message next to the field. */
public final class Uploads {

    private Uploads() {
    }

    /**
     * Stores the photo only once {@code room} has run without a {@link Refusal} (the object's own limit: photos per
     * piece, per criterion…), so a refused upload leaves no file behind.
     */
    public static Optional<StoredImage> storePhoto(UploadedFile file, String clientId, Runnable room) {
        try {
            room.run();
        } catch (Refusal e) {
            Messages.error(clientId, e.getMessageKey());
            return Optional.empty();
        }
        return storePhoto(file, clientId);
    }

    public static Optional<StoredImage> storePhoto(UploadedFile file, String clientId) {
        try (InputStream in = file.getInputStream()) {
            return Optional.of(MediaStore.inDataDir().store(in, file.getSize()));
        } catch (ImageUpload.Rejected e) {
            Messages.error(clientId, e.problem().messageKey());
        } catch (IOException e) {
            Messages.error(clientId, ImageUpload.Problem.DAMAGED.messageKey());
        }
        return Optional.empty();
    }
}
