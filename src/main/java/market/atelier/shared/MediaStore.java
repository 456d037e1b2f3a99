package market.atelier.shared;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Stores images in the data directory as re-encoded JPEGs (no metadata survives) in a few sizes, named by a
 * hash of their content: a stored file never changes, so it can be cached for a year.
 */
public final class MediaStore {

    /** The sizes every image is stored in: the longest edge in pixels. */
    public enum Size {
        CARD(640), FULL(1600);

        private final int longestEdge;

        Size(int longestEdge) {
            this.longestEdge = longestEdge;
        }

        public String suffix() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Size fromSuffix(String suffix) {
            for (Size size : values()) {
                if (size.suffix().equals(suffix)) {
                    return size;
                }
            }
            return null;
        }
    }

    /** What was stored: the key and the full-size dimensions (for width/height attributes on pages). */
    public record StoredImage(String key, int width, int height) {
    }

    public static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");
    private static final float JPEG_QUALITY = 0.86f;

    private final Path root;

    public MediaStore(Path root) {
        this.root = root;
    }

    /** The folder the store writes to. */
    public Path root() {
        return root;
    }

    /** The store in {@code <data dir>/media}. */
    public static MediaStore inDataDir() {
        return new MediaStore(AtelierConfig.dataDir().resolve("media"));
    }

    /**
     * Checks and stores an uploaded photo (see {@link ImageUpload#read}) when memory allows ({@link DecodePermits});
     * does not close {@code upload}.
     */
    public StoredImage store(java.io.InputStream upload, long declaredSize) throws ImageUpload.Rejected {
        return DecodePermits.HEAP.run(() -> store(ImageUpload.read(upload, declaredSize)));
    }

    public StoredImage store(BufferedImage image) {
        BufferedImage full = scaled(image, Size.FULL.longestEdge);
        byte[] fullJpeg = jpeg(full);
        String key = key(fullJpeg);
        write(path(key, Size.FULL), fullJpeg);
        write(path(key, Size.CARD), jpeg(scaled(full, Size.CARD.longestEdge)));
        return new StoredImage(key, full.getWidth(), full.getHeight());
    }

    /** Where the file for a key and size lives, or null for a malformed key (never a path outside the store). */
    public Path path(String key, Size size) {
        if (key == null || !KEY.matcher(key).matches() || size == null) {
            return null;
        }
        return root.resolve(key.substring(0, 2)).resolve(key + "-" + size.suffix() + ".jpg");
    }

    private static void write(Path target, byte[] bytes) {
        try {
            if (Files.exists(target)) { // the same picture again: fresh, so MediaSweep gives it its grace period
                Files.setLastModifiedTime(target, FileTime.from(Instant.now()));
                return;
            }
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), "upload", ".tmp");
            Files.write(temp, bytes);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store image " + target, e);
        }
    }

    private static String key(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Scales down (never up) so the longest edge fits, in halving steps for a smooth result; flattens alpha onto white. */
    static BufferedImage scaled(BufferedImage source, int longestEdge) {
        int w = source.getWidth();
        int h = source.getHeight();
        double factor = Math.min(1.0, (double) longestEdge / Math.max(w, h));
        int targetW = Math.max(1, (int) Math.round(w * factor));
        int targetH = Math.max(1, (int) Math.round(h * factor));
        BufferedImage current = source;
        do {
            w = Math.max(targetW, current.getWidth() / 2);
            h = Math.max(targetH, current.getHeight() / 2);
            if (current.getWidth() <= targetW * 2) {
                w = targetW;
                h = targetH;
            }
            BufferedImage next = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = next.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, w, h);
                g.drawImage(current, 0, 0, w, h, null);
            } finally {
                g.dispose();
            }
            current = next;
        } while (current.getWidth() != targetW || current.getHeight() != targetH);
        return current;
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
