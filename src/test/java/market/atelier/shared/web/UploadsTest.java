package market.atelier.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import market.atelier.shared.MediaStore;
import market.atelier.shared.MemoryMediaRows;
import market.atelier.shared.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.primefaces.model.file.UploadedFile;

/** An upload the object has no room for (a piece with ten photos, a full criterion) leaves no file behind. */
class UploadsTest {

    @TempDir
    Path media;

    private final MemoryMediaRows rows = new MemoryMediaRows();

    private static UploadedFile photo() throws IOException {
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "jpeg", jpeg);
        byte[] bytes = jpeg.toByteArray();
        return (UploadedFile) Proxy.newProxyInstance(UploadsTest.class.getClassLoader(),
                new Class<?>[] {UploadedFile.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getInputStream" -> new ByteArrayInputStream(bytes);
                    case "getSize" -> (long) bytes.length;
                    case "getFileName" -> "Schmuckstück – Kraków.jpg";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private long files() throws IOException {
        try (Stream<Path> all = Files.walk(media)) {
            return all.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void aPhotoRefusedForLackOfRoomIsNeverStored() throws IOException {
        List<String> refusals = new ArrayList<>();
        Runnable full = () -> {
            throw new Refusal("listing.photos.tooMany") {
                private static final long serialVersionUID = 1L;
            };
        };
        assertTrue(Uploads.store(new MediaStore(media, rows), photo(), full, refusals::add).isEmpty());
        assertEquals(List.of("listing.photos.tooMany"), refusals, "said why");
        assertEquals(0, files(), "and left no file");
        assertEquals(0, rows.size(), "nor row");
    }

    @Test
    void aPhotoWithRoomIsStoredInBothSizesAndEveryResponsiveVariant() throws IOException {
        List<String> refusals = new ArrayList<>();
        assertTrue(Uploads.store(new MediaStore(media, rows), photo(), () -> { }, refusals::add).isPresent());
        assertEquals(List.of(), refusals);
        int variants = MediaStore.WIDTHS.size() * MediaStore.Format.values().length;
        assertEquals(2 + variants, files(), "full and card JPEG, then each width as JPEG and WebP");
        assertEquals(2 + variants, rows.size(), "each kept in the database too, for every server");
    }
}
