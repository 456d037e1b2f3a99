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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import com.luciad.imageio.webp.WebPImageWriterSpi;
import com.luciad.imageio.webp.WebPWriteParam;

/**
 * Stores images in the data directory as re-encoded JPEGs (no metadata survives) in a few sizes, named by a
 * hash of their content: a stored file never changes, so it can be cached for a year. Pages ask for
 * {@link #WIDTHS responsive variants} (JPEG and WebP, {@link #variant}): an upload writes them at once, pictures
 * stored before (or drawn for the demo) get them on first request, from their full-size JPEG.
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

    /** The formats of the responsive variants: WebP for browsers that take it, JPEG for the others. */
    public enum Format {
        JPEG("jpg", "image/jpeg"), WEBP("webp", "image/webp");

        private final String extension;
        private final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }

        public String extension() {
            return extension;
        }

        public String contentType() {
            return contentType;
        }

        public static Format fromExtension(String extension) {
            for (Format format : values()) {
                if (format.extension.equals(extension)) {
                    return format;
                }
            }
            return null;
        }
    }

    /** The widths of the responsive variants (never wider than the full-size picture). */
    public static final List<Integer> WIDTHS = List.of(320, 640, 960, 1280);
    public static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");
    private static final float JPEG_QUALITY = 0.86f;
    private static final float WEBP_QUALITY = 0.8f;

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
        return DecodePermits.HEAP.run(() -> store(ImageUpload.read(upload, declaredSize), true));
    }

    /** Stores a picture in the fixed sizes; its responsive variants follow on first request. */
    public StoredImage store(BufferedImage image) {
        return store(image, false);
    }

    private StoredImage store(BufferedImage image, boolean variants) {
        BufferedImage full = scaled(image, Size.FULL.longestEdge);
        byte[] fullJpeg = jpeg(full);
        String key = key(fullJpeg);
        write(path(key, Size.FULL), fullJpeg);
        write(path(key, Size.CARD), jpeg(scaled(full, Size.CARD.longestEdge)));
        if (variants) {
            for (int width : WIDTHS) {
                for (Format format : Format.values()) {
                    writeVariant(full, key, width, format);
                }
            }
        }
        return new StoredImage(key, full.getWidth(), full.getHeight());
    }

    /** Where a responsive variant lives, or null for a malformed key, a width not in {@link #WIDTHS} or no format. */
    public Path variantPath(String key, int width, Format format) {
        if (key == null || !KEY.matcher(key).matches() || !WIDTHS.contains(width) || format == null) {
            return null;
        }
        return root.resolve(key.substring(0, 2)).resolve(key + "-w" + width + "." + format.extension());
    }

    /**
     * The file of a responsive variant, made from the full-size JPEG if it is not there yet (one decode and one
     * encode, holding a {@link DecodePermits} permit); empty when the picture is unknown.
     */
    public Optional<Path> variant(String key, int width, Format format) throws ImageUpload.Rejected {
        Path target = variantPath(key, width, format);
        if (target == null) {
            return Optional.empty();
        }
        if (Files.isRegularFile(target)) {
            return Optional.of(target);
        }
        Path full = path(key, Size.FULL);
        if (!Files.isRegularFile(full)) {
            return Optional.empty();
        }
        return DecodePermits.HEAP.run(() -> {
            if (!Files.isRegularFile(target)) {
                BufferedImage image;
                try {
                    image = ImageIO.read(full.toFile());
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read " + full, e);
                }
                writeVariant(image, key, width, format);
            }
            return Optional.of(target);
        });
    }

    private void writeVariant(BufferedImage full, String key, int width, Format format) {
        BufferedImage scaled = full.getWidth() <= width ? full
                : scaled(full, (int) Math.round((double) width * Math.max(full.getWidth(), full.getHeight()) / full.getWidth()));
        write(variantPath(key, width, format), format == Format.WEBP ? webp(scaled) : jpeg(scaled));
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

    /** Lossy WebP through libwebp (bundled in webp-imageio, loaded on first use). */
    private static byte[] webp(BufferedImage image) {
        ImageWriter writer = new WebPImageWriterSpi().createWriterInstance(null);
        WebPWriteParam param = new WebPWriteParam(writer.getLocale());
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionType(param.getCompressionTypes()[WebPWriteParam.LOSSY_COMPRESSION]);
        param.setCompressionQuality(WEBP_QUALITY);
        return encode(image, writer, param, 128 * 1024);
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(JPEG_QUALITY);
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        return encode(image, writer, param, 256 * 1024);
    }

    /** The image written by {@code writer} with {@code param}; the writer is disposed of. */
    private static byte[] encode(BufferedImage image, ImageWriter writer, ImageWriteParam param, int expectedBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(expectedBytes);
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
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
