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
