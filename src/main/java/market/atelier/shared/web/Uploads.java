package market.atelier.shared.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import market.atelier.shared.ImageUpload;
import market.atelier.shared.MediaStore;
import market.atelier.shared.MediaStore.StoredImage;
import org.primefaces.model.file.UploadedFile;

/** A photo uploaded through a PrimeFaces form, checked and stored; a refusal becomes a message next to the field. */
public final class Uploads {

    private Uploads() {
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
