package market.atelier.shared.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.Consumer;
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
        return store(MediaStore.inDataDir(), file, room, key -> Messages.error(clientId, key));
    }

    public static Optional<StoredImage> storePhoto(UploadedFile file, String clientId) {
        return storePhoto(file, clientId, () -> { });
    }

    static Optional<StoredImage> store(MediaStore store, UploadedFile file, Runnable room, Consumer<String> refuse) {
        try {
            room.run();
            try (InputStream in = file.getInputStream()) {
                return Optional.of(store.store(in, file.getSize()));
            }
        } catch (Refusal e) {
            refuse.accept(e.getMessageKey());
        } catch (ImageUpload.Rejected e) {
            refuse.accept(e.problem().messageKey());
        } catch (IOException e) {
            refuse.accept(ImageUpload.Problem.DAMAGED.messageKey());
        }
        return Optional.empty();
    }
}
