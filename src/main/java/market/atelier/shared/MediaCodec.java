package market.atelier.shared;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import com.luciad.imageio.webp.WebPImageWriterSpi;
import com.luciad.imageio.webp.WebPWriteParam;

/** The pixel work of {@link MediaStore}: scaling, JPEG and WebP encoding, and the content hash that names a picture. */
final class MediaCodec {

    private static final float JPEG_QUALITY = 0.86f;
    private static final float WEBP_QUALITY = 0.8f;

    private MediaCodec() {
    }

    /** The first 16 bytes of the SHA-256 of {@code bytes}, in hex: 32 characters ({@link MediaStore#KEY}). */
    static String key(byte[] bytes) {
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
    static byte[] webp(BufferedImage image) {
        ImageWriter writer = new WebPImageWriterSpi().createWriterInstance(null);
        WebPWriteParam param = new WebPWriteParam(writer.getLocale());
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionType(param.getCompressionTypes()[WebPWriteParam.LOSSY_COMPRESSION]);
        param.setCompressionQuality(WEBP_QUALITY);
        return encode(image, writer, param, 128 * 1024);
    }

    static byte[] jpeg(BufferedImage image) {
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
