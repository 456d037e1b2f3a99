package market.atelier.shared;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * Stores images as re-encoded JPEGs (no metadata survives) in a few sizes, named by a hash of their content: a
 * stored picture never changes, so it can be cached for a year. Pages ask for {@link #WIDTHS responsive variants}
 * (JPEG and WebP, {@link #variant}): an upload makes them at once, pictures stored before (or drawn for the demo) get
 * them on first request, from their full-size JPEG.
 * <p>
 * Every file {@code <key>-<variant>} is kept in the database ({@link MediaRows}), which every server reads, and
 * cached in this server's folder {@link #root()}: written through on upload, read through on a miss (the row is
 * copied into a temporary file that is then moved into place). A cache hit never touches the database, and losing
 * the folder loses no picture. Whatever can be made from the full-size JPEG (the card and the variants) is made
 * again when its row is missing, and inserted only if no other request or server did it first.
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

        /** Its name in the database and after the key in the file name: {@code full.jpg}, {@code card.jpg}. */
        public String variant() {
            return suffix() + ".jpg";
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
    /** A file of the store: {@code <key>-<variant>}, the variant being a size or a responsive variant. */
    public static final Pattern FILE_NAME =
            Pattern.compile("([0-9a-f]{32})-((?:full|card)\\.jpg|w[0-9]{3,4}\\.(?:jpg|webp))");

    private final Path root;
    private final MediaRows rows;

    /** A store caching the pictures of {@code rows} in the folder {@code root}. */
    public MediaStore(Path root, MediaRows rows) {
        this.root = root;
        this.rows = rows;
    }

    /** This server's cache folder. */
    public Path root() {
        return root;
    }

    /** The store of the application: the {@code media_object} table, cached in {@code <data dir>/media}. */
    public static MediaStore inDataDir() {
        return new MediaStore(AtelierConfig.dataDir().resolve("media"), MediaTable.inDatabase());
    }

    /**
     * Checks and stores an uploaded photo (see {@link ImageUpload#read}) when memory allows ({@link DecodePermits});
     * does not close {@code upload}.
     */
    public StoredImage store(InputStream upload, long declaredSize) throws ImageUpload.Rejected {
        return DecodePermits.HEAP.run(() -> store(ImageUpload.read(upload, declaredSize), true));
    }

    /** Stores a picture in the fixed sizes; its responsive variants follow on first request. */
    public StoredImage store(BufferedImage image) {
        return store(image, false);
    }

    private StoredImage store(BufferedImage image, boolean variants) {
        BufferedImage full = MediaCodec.scaled(image, Size.FULL.longestEdge);
        byte[] fullJpeg = MediaCodec.jpeg(full);
        String key = MediaCodec.key(fullJpeg);
        StoredImage stored = new StoredImage(key, full.getWidth(), full.getHeight());
        if (rows.touch(key)) {
            return stored; // the same picture again: now fresh for MediaSweep; its other files are there or follow
        }
        keep(key, Size.FULL.variant(), fullJpeg);
        keep(key, Size.CARD.variant(), MediaCodec.jpeg(MediaCodec.scaled(full, Size.CARD.longestEdge)));
        if (variants) {
            for (int width : WIDTHS) {
                for (Format format : Format.values()) {
                    keep(key, variantName(width, format), encodeVariant(full, width, format));
                }
            }
        }
        return stored;
    }

    private void keep(String key, String variant, byte[] bytes) {
        keep(file(key, variant), key, variant, bytes);
    }

    /**
     * Write-through: into the database first (so every server has it), then into this server's cache. When another
     * request or server stored it first, the cache takes the stored bytes: every server sends the same.
     */
    private void keep(Path target, String key, String variant, byte[] bytes) {
        boolean stored = rows.insertIfAbsent(key, variant, contentType(variant), bytes);
        if (stored || readThrough(target, key, variant).isEmpty()) {
            cache(target, bytes);
        }
    }

    /** Where a variant is cached, or null for a malformed key, a width not in {@link #WIDTHS} or no format. */
    public Path variantPath(String key, int width, Format format) {
        if (key == null || !KEY.matcher(key).matches() || !WIDTHS.contains(width) || format == null) {
            return null;
        }
        return file(key, variantName(width, format));
    }

    /** Where the file for a key and size is cached, or null for a malformed key (never a path outside the store). */
    public Path path(String key, Size size) {
        if (key == null || !KEY.matcher(key).matches() || size == null) {
            return null;
        }
        return file(key, size.variant());
    }

    /** The cached full-size JPEG, read through from the database on a miss; empty when the picture is unknown. */
    public Optional<Path> full(String key) {
        Path target = path(key, Size.FULL);
        return target == null ? Optional.empty() : readThrough(target, key, Size.FULL.variant());
    }

    /**
     * The cached file of a size, read through from the database on a miss; a card missing there is made from the
     * full-size JPEG (as {@link #variant} does). Empty when the picture is unknown.
     */
    public Optional<Path> file(String key, Size size) throws ImageUpload.Rejected {
        if (size == Size.FULL) {
            return full(key);
        }
        Path target = path(key, size);
        return target == null ? Optional.empty()
                : made(target, key, size.variant(), full -> MediaCodec.jpeg(MediaCodec.scaled(full, size.longestEdge)));
    }

    /**
     * The file of a responsive variant: cached, read through from the database, or made from the full-size JPEG if
     * nobody made it yet (one decode and one encode, holding a {@link DecodePermits} permit); empty when the picture
     * is unknown.
     */
    public Optional<Path> variant(String key, int width, Format format) throws ImageUpload.Rejected {
        Path target = variantPath(key, width, format);
        return target == null ? Optional.empty()
                : made(target, key, variantName(width, format), full -> encodeVariant(full, width, format));
    }

    private Optional<Path> made(Path target, String key, String variant, Function<BufferedImage, byte[]> encoder)
            throws ImageUpload.Rejected {
        Optional<Path> known = readThrough(target, key, variant);
        if (known.isPresent()) {
            return known;
        }
        Optional<Path> full = full(key);
        if (full.isEmpty()) {
            return Optional.empty();
        }
        return DecodePermits.HEAP.run(() -> {
            if (!Files.isRegularFile(target)) { // not made here meanwhile by another request
                BufferedImage image;
                try {
                    image = ImageIO.read(full.get().toFile());
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read " + full.get(), e);
                }
                keep(target, key, variant, encoder.apply(image));
            }
            return Optional.of(target);
        });
    }

    /** The cached file, or the row copied into the cache (atomically: readers see all of it or nothing). */
    private Optional<Path> readThrough(Path target, String key, String variant) {
        if (Files.isRegularFile(target)) {
            return Optional.of(target);
        }
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempFile(target.getParent(), "fetch", ".tmp");
            boolean found;
            try (OutputStream out = Files.newOutputStream(temp)) {
                found = rows.copy(key, variant, out);
            }
            if (!found) {
                return Optional.empty();
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return Optional.of(target);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot cache " + target, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static byte[] encodeVariant(BufferedImage full, int width, Format format) {
        BufferedImage scaled = full.getWidth() <= width ? full : MediaCodec.scaled(full,
                (int) Math.round((double) width * Math.max(full.getWidth(), full.getHeight()) / full.getWidth()));
        return format == Format.WEBP ? MediaCodec.webp(scaled) : MediaCodec.jpeg(scaled);
    }

    private static String variantName(int width, Format format) {
        return "w" + width + "." + format.extension();
    }

    /** The content type of a file of the store, from its extension. */
    public static String contentType(String variant) {
        return variant.endsWith(".webp") ? Format.WEBP.contentType() : Format.JPEG.contentType();
    }

    private Path file(String key, String variant) {
        return root.resolve(key.substring(0, 2)).resolve(key + "-" + variant);
    }

    private static void cache(Path target, byte[] bytes) {
        if (Files.isRegularFile(target)) {
            return; // content-addressed: what is there is the same picture
        }
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempFile(target.getParent(), "upload", ".tmp");
            Files.write(temp, bytes);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot cache image " + target, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // a left-over temporary file: MediaSweep deletes it a day later
            }
        }
    }
}
