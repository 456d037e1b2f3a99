package market.atelier.shared;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

/** Builds image files byte by byte for upload tests: real encodings from ImageIO, and crafted or broken ones. */
final class TestImages {

    static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private TestImages() {
    }

    /** An opaque image in four quadrants: red top left, green top right, blue bottom left, white bottom right. */
    static BufferedImage quadrants(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                boolean right = x >= width / 2;
                boolean bottom = y >= height / 2;
                int rgb = bottom ? (right ? 0xFFFFFF : 0x0000FF) : (right ? 0x00FF00 : 0xFF0000);
                image.setRGB(x, y, rgb);
            }
        }
        return image;
    }

    static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** One PNG chunk: length, type, data, CRC over type and data. */
    static byte[] pngChunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length)
                .putInt(data.length).put(typeBytes).put(data).putInt((int) crc.getValue())
                .array();
    }

    /** A PNG whose header claims the given size, with only a few bytes of pixel data behind it. */
    static byte[] pngClaiming(int width, int height) {
        byte[] ihdr = ByteBuffer.allocate(13)
                .putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0) // 8-bit RGB
                .array();
        return concat(PNG_SIGNATURE, pngChunk("IHDR", ihdr), pngChunk("IDAT", deflate(new byte[64])),
                pngChunk("IEND", new byte[0]));
    }

    /** The PNG with an extra chunk inserted just before IEND (the last 12 bytes). */
    static byte[] withChunkBeforeEnd(byte[] png, byte[] chunk) {
        int iend = png.length - 12;
        return concat(Arrays.copyOfRange(png, 0, iend), chunk,
                Arrays.copyOfRange(png, iend, png.length));
    }

    static byte[] textChunk(String keyword, String text) {
        return pngChunk("tEXt", (keyword + "\0" + text).getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The JPEG with an EXIF segment (APP1) right after its start marker. */
    static byte[] withExif(byte[] jpeg, int orientation, String description) {
        byte[] text = (description + "\0").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 2 * 12 + 4 + text.length); // big-endian, "MM"
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x010E).putShort((short) 2).putInt(text.length).putInt(8 + 2 + 2 * 12 + 4);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0).put(text);
        byte[] payload = concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiff.array());
        byte[] app1 = ByteBuffer.allocate(4 + payload.length)
                .put((byte) 0xFF).put((byte) 0xE1).putShort((short) (payload.length + 2)).put(payload)
                .array();
        return concat(Arrays.copyOfRange(jpeg, 0, 2), app1,
                Arrays.copyOfRange(jpeg, 2, jpeg.length));
    }

    /** The JPEG with the size in its frame header (SOF0, as ImageIO writes it) replaced. */
    static byte[] jpegClaiming(byte[] jpeg, int width, int height) {
        byte[] patched = jpeg.clone();
        for (int i = 2; i + 8 < patched.length; i++) {
            if ((patched[i] & 0xFF) == 0xFF && (patched[i + 1] & 0xFF) == 0xC0) {
                ByteBuffer.wrap(patched, i + 5, 4).putShort((short) height).putShort((short) width);
                return patched;
            }
        }
        throw new IllegalStateException("No SOF0 marker");
    }

    static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater();
        deflater.setInput(data);
        deflater.finish();
        byte[] buffer = new byte[data.length + 64];
        int length = deflater.deflate(buffer);
        deflater.end();
        return Arrays.copyOf(buffer, length);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }
}
