package market.atelier.demo;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;

/** Drawn stand-ins for a demo maker's portrait (a calm silhouette) and shop banner (three of their pieces). */
final class DemoPortraits {

    private static final Color[] GROUNDS = {
        new Color(0xE9DFCF), new Color(0xDCE5E0), new Color(0xE7D9D3), new Color(0xDADFE8), new Color(0xE6E1CC)
    };
    private static final Color[] CLOTHES = {
        new Color(0x2F4B4A), new Color(0x6B3E2E), new Color(0x3B3F58), new Color(0x7A6A3A), new Color(0x4A4A46)
    };
    private static final Color[] SKIN = {
        new Color(0xE8C4A8), new Color(0xC99A78), new Color(0x9C6B4E), new Color(0xF0D2BC), new Color(0x7A5038)
    };
    private static final Color[] HAIR = {
        new Color(0x2B211C), new Color(0x5A3B28), new Color(0x8C6A45), new Color(0xB9B2A6), new Color(0x1C1C1C)
    };

    private DemoPortraits() {
    }

    static BufferedImage portrait(long seed, int size) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Color ground = pick(GROUNDS, random);
            g.setPaint(new RadialGradientPaint(size * 0.5f, size * 0.35f, size * 0.8f,
                    new float[] {0f, 1f}, new Color[] {ground.brighter(), ground.darker()}));
            g.fillRect(0, 0, size, size);
            double s = size / 100.0;
            Color clothes = pick(CLOTHES, random);
            Path2D shoulders = new Path2D.Double();
            shoulders.moveTo(12 * s, 100 * s);
            shoulders.curveTo(14 * s, 74 * s, 30 * s, 68 * s, 50 * s, 68 * s);
            shoulders.curveTo(70 * s, 68 * s, 86 * s, 74 * s, 88 * s, 100 * s);
            shoulders.closePath();
            g.setPaint(new GradientPaint(0, (float) (68 * s), clothes.brighter(), 0, size, clothes));
            g.fill(shoulders);
            Color skin = pick(SKIN, random);
            g.setColor(skin.darker());
            g.fill(new java.awt.geom.Rectangle2D.Double(44 * s, 56 * s, 12 * s, 14 * s));
            Color hair = pick(HAIR, random);
            boolean longHair = random.nextBoolean();
            g.setColor(hair);
            if (longHair) {
                g.fill(new java.awt.geom.RoundRectangle2D.Double(29 * s, 22 * s, 42 * s, 50 * s, 30 * s, 30 * s));
            }
            g.setColor(skin);
            g.fill(new Ellipse2D.Double(34 * s, 24 * s, 32 * s, 38 * s));
            g.setColor(hair);
            g.fill(new java.awt.geom.Arc2D.Double(32 * s, 19 * s, 36 * s, 30 * s, 0, 180, java.awt.geom.Arc2D.CHORD));
            // a pendant: it is a jeweller's portrait
            g.setColor(new Color(0xC9A24A));
            g.fill(new Ellipse2D.Double(48 * s, 78 * s, 4 * s, 5 * s));
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Three of the shop's own pieces side by side on one backdrop. */
    static BufferedImage banner(List<DemoListing> listings, long seed, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            int tile = width / 3;
            for (int i = 0; i < 3 && i < listings.size(); i++) {
                DemoListing piece = listings.get((i * 5) % listings.size());
                BufferedImage drawn = JewelleryIllustrator.draw(piece.category(), piece.materials(), seed + i, 1,
                        tile, height);
                g.drawImage(drawn, i * tile, 0, null);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static Color pick(Color[] colors, Random random) {
        return colors[random.nextInt(colors.length)];
    }
}
