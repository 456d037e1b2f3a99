package market.atelier.shared;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Reads an uploaded photo safely: JPEG or PNG only, decided by the bytes (never by name or declared type),
 * at most {@link #MAX_BYTES}, and with its dimensions checked from the header before any pixel is decoded.
 * The result is plain {@code TYPE_INT_RGB} pixels (alpha flattened onto white, EXIF orientation applied), so
 * whatever the file carried besides pixels is gone once {@link MediaStore} re-encodes it.
 */
public final class ImageUpload {

    public static final long MAX_BYTES = 10 * 1024 * 1024;
    public static final long MAX_PIXELS = 40_000_000L;
    public static final int MAX_SIDE = 12_000;
    /** What a decoded pixel may cost: decoded and then flattened or turned, 4 bytes each. */
    static final int BYTES_PER_PIXEL = 8;
    /** 4096 x 3072 (a phone photo) decodes whole on any heap from about 250 MB. */
    static final long DECODED_PIXELS_WANTED = 12_600_000L;
    /**
     * The most pixels ever decoded into memory, from the heap: at most what fits in half of it, never more than
     * {@link #DECODED_PIXELS_WANTED}, never fewer than 1600 x 1600 (the largest size kept). A larger photo is decoded
     * at every second (third…) pixel.
     */
    public static final long MAX_DECODED_PIXELS = decodedPixelsFor(Runtime.getRuntime().maxMemory());
    /** What one photo may cost while it is read, decoded and stored: its pixels and the file twice. */
    static final long WORST_CASE_BYTES = MAX_DECODED_PIXELS * BYTES_PER_PIXEL + 2 * MAX_BYTES;

    /** Why an upload was refused; each has a text in the {@code i18n/messages} bundle. */
    public enum Problem {
        EMPTY("upload.empty"),
        TOO_LARGE("upload.tooLarge"),
        NOT_AN_IMAGE("upload.notAnImage"),
        UNSUPPORTED_TYPE("upload.unsupportedType"),
        TOO_MANY_PIXELS("upload.tooManyPixels"),
        BUSY("upload.busy"),
        DAMAGED("upload.damaged");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** The upload was refused; {@link #problem()} says why in words a user can act on. */
    public static final class Rejected extends Exception {
        private static final long serialVersionUID = 1L;
        private final Problem problem;

        Rejected(Problem problem, String detail, Throwable cause) {
            super(problem + ": " + detail, cause);
            this.problem = problem;
        }

        Rejected(Problem problem, String detail) {
            this(problem, detail, null);
        }

        public Problem problem() {
            return problem;
        }
    }

    /** The formats told apart by their first bytes. */
    enum Format {
        JPEG, PNG, OTHER_IMAGE, UNKNOWN
    }

    private ImageUpload() {
    }

    /**
     * Reads, checks and decodes an uploaded image. Reads at most {@code MAX_BYTES + 1} bytes and does not close
     * {@code in}. {@code declaredSize} (negative if unknown) only lets an upload that says it is too large be
     * refused without reading it; it is never trusted to be small.
     */
    public static BufferedImage read(InputStream in, long declaredSize) throws Rejected {
        if (declaredSize > MAX_BYTES) {
            throw new Rejected(Problem.TOO_LARGE, "declared " + declaredSize + " bytes");
        }
        byte[] bytes = readLimited(in);
        Format format = formatOf(bytes);
        if (format == Format.UNKNOWN) {
            throw new Rejected(Problem.NOT_AN_IMAGE, "no JPEG or PNG signature");
        }
        if (format == Format.OTHER_IMAGE) {
            throw new Rejected(Problem.UNSUPPORTED_TYPE, "an image, but not JPEG or PNG");
        }
        try { // whatever the decoder throws, even OutOfMemoryError, the caller gets a Rejected
            BufferedImage image = flattened(decode(bytes, format));
            return format == Format.JPEG ? ExifOrientation.apply(image, ExifOrientation.of(bytes)) : image;
        } catch (RuntimeException | OutOfMemoryError e) {
            throw new Rejected(Problem.DAMAGED, "cannot decode " + format, e);
        }
    }

    private static byte[] readLimited(InputStream in) throws Rejected {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw new Rejected(Problem.DAMAGED, "upload could not be read", e);
        }
        if (bytes.length == 0) {
            throw new Rejected(Problem.EMPTY, "no bytes");
        }
        if (bytes.length > MAX_BYTES) {
            throw new Rejected(Problem.TOO_LARGE, "more than " + MAX_BYTES + " bytes");
        }
        return bytes;
    }

    /** Tells formats apart by their magic bytes; OTHER_IMAGE is a raster format we recognise but do not take. */
    static Format formatOf(byte[] b) {
        if (startsWith(b, 0, 0xFF, 0xD8, 0xFF)) {
            return Format.JPEG;
        }
        if (startsWith(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Format.PNG;
        }
        boolean other = startsWith(b, 0, "GIF8")                                     // GIF87a, GIF89a
                || startsWith(b, 0, "RIFF") && startsWith(b, 8, "WEBP")
                || startsWith(b, 0, 'I', 'I', 0x2A, 0x00) || startsWith(b, 0, 'M', 'M', 0x00, 0x2A) // TIFF, raw
                || startsWith(b, 0, "BM") && b.length > 18 && isBmpHeaderSize(b[14] & 0xFF) && b[15] == 0
                || startsWith(b, 4, "ftyp") && isHeifBrand(b)                       // HEIC (phones), AVIF
                || startsWith(b, 0, 0xFF, 0x0A)                                      // JPEG XL codestream
                || startsWith(b, 0, 0x00, 0x00, 0x00, 0x0C, 'J', 'X', 'L', ' ')      // JPEG XL container
                || startsWith(b, 0, 0x00, 0x00, 0x00, 0x0C, 'j', 'P', ' ', ' ')      // JPEG 2000
                || startsWith(b, 0, "8BPS")                                          // Photoshop
                || startsWith(b, 0, 0x00, 0x00, 0x01, 0x00);                         // ICO
        return other ? Format.OTHER_IMAGE : Format.UNKNOWN;
    }

    private static boolean isBmpHeaderSize(int size) {
        return size == 12 || size == 40 || size == 52 || size == 56 || size == 64 || size == 108 || size == 124;
    }

    private static boolean isHeifBrand(byte[] b) {
        if (b.length < 12) {
            return false;
        }
        String brand = new String(b, 8, 4, StandardCharsets.ISO_8859_1);
        return List.of("heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1", "avif", "avis")
                .contains(brand);
    }

    private static boolean startsWith(byte[] b, int offset, String ascii) {
        return startsWith(b, offset, ascii.chars().toArray());
    }

    private static boolean startsWith(byte[] b, int offset, int... expected) {
        if (b.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((b[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    /** Checks the header's dimensions, then decodes; the caller turns runtime failures into DAMAGED too. */
    private static BufferedImage decode(byte[] bytes, Format format) throws Rejected {
        ImageReader reader = ImageIO.getImageReadersByFormatName(format == Format.JPEG ? "jpeg" : "png").next();
        List<String> warnings = new ArrayList<>();
        try (ImageInputStream stream = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(stream, true, true); // metadata ignored: it is never kept
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            long width = reader.getWidth(0);
            long height = reader.getHeight(0);
            if (width < 1 || height < 1) {
                throw new Rejected(Problem.DAMAGED, "header says " + width + "x" + height);
            }
            if (width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_PIXELS) {
                throw new Rejected(Problem.TOO_MANY_PIXELS, width + "x" + height);
            }
            ImageReadParam param = paramFor(reader);
            int step = subsampling(width, height);
            param.setSourceSubsampling(step, step, 0, 0);
            BufferedImage image = reader.read(0, param);
            if (warnings.stream().anyMatch(ImageUpload::meansImageDataIsMissing)) {
                throw new Rejected(Problem.DAMAGED, "incomplete: " + warnings);
            }
            return image;
        } catch (IOException e) {
            throw new Rejected(Problem.DAMAGED, "cannot decode " + format, e);
        } finally {
            reader.dispose();
        }
    }

    static long decodedPixelsFor(long maxMemory) {
        long fits = (maxMemory / 2 - 2 * MAX_BYTES) / BYTES_PER_PIXEL;
        return Math.max(1600L * 1600, Math.min(DECODED_PIXELS_WANTED, fits));
    }

    static int subsampling(long width, long height) {
        return subsampling(width, height, MAX_DECODED_PIXELS);
    }

    /** Every how many pixels a photo is decoded so that at most {@code cap} are in memory. */
    static int subsampling(long width, long height, long cap) {
        int step = 1;
        while (ceilDiv(width, step) * ceilDiv(height, step) > cap) {
            step++;
        }
        return step;
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }

    /** Asks the decoder for TYPE_INT_RGB directly when it can (opaque PNGs), saving a copy of the pixels. */
    private static ImageReadParam paramFor(ImageReader reader) throws IOException {
        ImageReadParam param = reader.getDefaultReadParam();
        for (Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0); types.hasNext(); ) {
            ImageTypeSpecifier type = types.next();
            if (type.getBufferedImageType() == BufferedImage.TYPE_INT_RGB) {
                param.setDestinationType(type);
                break;
            }
        }
        return param;
    }

    /** A JPEG cut short decodes with grey where the data ran out; the decoder only warns about it. */
    private static boolean meansImageDataIsMissing(String warning) {
        return warning.startsWith("Truncated File") || warning.contains("premature end of data");
    }

    /** The pixels as TYPE_INT_RGB; transparency becomes white. */
    static BufferedImage flattened(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }
}
