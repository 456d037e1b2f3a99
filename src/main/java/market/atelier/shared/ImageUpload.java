package market.atelier.shared;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Checks an uploaded photo before anything of it is kept: JPEG or PNG by content (never by name or declared type),
 * at most 10 MB, at most 40 megapixels judged from the header before any pixel is decoded (decompression bombs),
 * and fully decodable. The result is a plain RGB image: storing it re-encodes it, which drops all metadata.
 */
public final class ImageUpload {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final long MAX_PIXELS = 40_000_000L;
    public static final int MAX_SIDE = 12_000;

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** Why an upload was refused; each has a plain-language message in the i18n bundle. */
    public enum Problem {
        EMPTY("upload.empty"), TOO_LARGE("upload.tooLarge"), NOT_AN_IMAGE("upload.notAnImage"),
        TOO_MANY_PIXELS("upload.tooManyPixels"), DAMAGED("upload.damaged");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** An upload that was refused, and why. */
    public static final class Rejected extends Exception {

        private static final long serialVersionUID = 1L;
        private final Problem problem;

        public Rejected(Problem problem) {
            super(problem.name());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    private ImageUpload() {
    }

    /** Reads, checks and decodes an uploaded image. */
    public static BufferedImage read(InputStream in) throws Rejected {
        byte[] bytes = readAtMost(in, MAX_BYTES + 1);
        if (bytes.length == 0) {
            throw new Rejected(Problem.EMPTY);
        }
        if (bytes.length > MAX_BYTES) {
            throw new Rejected(Problem.TOO_LARGE);
        }
        String format = startsWith(bytes, JPEG) ? "jpeg" : startsWith(bytes, PNG) ? "png" : null;
        if (format == null) {
            throw new Rejected(Problem.NOT_AN_IMAGE);
        }
        return flatten(decode(bytes, format));
    }

    private static BufferedImage decode(byte[] bytes, String format) throws Rejected {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new Rejected(Problem.NOT_AN_IMAGE);
        }
        ImageReader reader = readers.next();
        try (ImageInputStream stream = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(stream, true, true);
            // Header only: the pixels are not decoded yet.
            long width = reader.getWidth(0);
            long height = reader.getHeight(0);
            if (width <= 0 || height <= 0) {
                throw new Rejected(Problem.DAMAGED);
            }
            if (width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_PIXELS) {
                throw new Rejected(Problem.TOO_MANY_PIXELS);
            }
            BufferedImage image = reader.read(0);
            if (image == null) {
                throw new Rejected(Problem.DAMAGED);
            }
            return image;
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            throw new Rejected(Problem.DAMAGED);
        } finally {
            reader.dispose();
        }
    }

    /** Plain RGB; transparency becomes white. */
    private static BufferedImage flatten(BufferedImage image) {
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

    private static byte[] readAtMost(InputStream in, long limit) throws Rejected {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int n;
            while (total < limit && (n = in.read(buffer, 0, (int) Math.min(buffer.length, limit - total))) > 0) {
                out.write(buffer, 0, n);
                total += n;
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new Rejected(Problem.DAMAGED);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
