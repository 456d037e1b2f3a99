package market.atelier.browser;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Files a person might upload, made on the spot under target/. */
final class TestFiles {

    private static final Path DIR = Path.of(System.getProperty("atelier.screenshots", "target/screenshots"))
            .resolveSibling("upload-files");

    private TestFiles() {
    }

    static Path jpeg(String name, Color colour) {
        BufferedImage image = new BufferedImage(800, 1000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xF1ECE3));
        g.fillRect(0, 0, 800, 1000);
        g.setColor(colour);
        g.fillOval(200, 300, 400, 400);
        // A random mark: every run uploads a photo of its own (stored images are named by their content).
        java.util.Random random = new java.util.Random();
        g.setColor(new Color(random.nextInt(0xFFFFFF)));
        g.fillRect(random.nextInt(700), random.nextInt(900), 60, 60);
        g.dispose();
        return write(name, file -> ImageIO.write(image, "jpeg", file.toFile()));
    }

    /** A photo of about 5 MB (noise does not compress), well over the 2 MB a form without photos takes. */
    static Path fiveMegabytePhoto(String name) {
        BufferedImage image = new BufferedImage(1400, 1250, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, random.nextInt(0xFFFFFF));
            }
        }
        return write(name, file -> ImageIO.write(image, "png", file.toFile()));
    }

    /** How many picture files the test server has stored (its data directory is beside the screenshots). */
    static long storedMediaFiles() {
        Path media = DIR.resolveSibling("it-data").resolve(System.getProperty("atelier.it.db", "h2")).resolve("media");
        try (java.util.stream.Stream<Path> files = Files.walk(media)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jpg")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path textRenamedJpg() {
        return write("notes.jpg", file -> Files.writeString(file, "This is not a photo.\n", StandardCharsets.UTF_8));
    }

    static Path tooLarge() {
        return write("huge.jpg", file -> {
            try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
                raf.write(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
                raf.setLength(11L * 1024 * 1024);
            }
        });
    }

    private interface Writer {
        void write(Path file) throws IOException;
    }

    private static Path write(String name, Writer writer) {
        try {
            Files.createDirectories(DIR);
            Path file = DIR.resolve(name);
            writer.write(file);
            return file.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
