package market.atelier.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;

/** TEMPORARY until JewelleryIllustrator lands. */
final class StubIllustrator {
    static BufferedImage draw(String category, List<String> materials, long seed, int view, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0xF1ECE3));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color((int) (seed * 2654435761L) & 0xFFFFFF));
        g.fillOval(w / 4, h / 3, w / 2, w / 2);
        g.dispose();
        return img;
    }
}
