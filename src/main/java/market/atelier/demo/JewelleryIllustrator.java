package market.atelier.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.Paint;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Procedural product illustrations of handmade jewellery, used as demo listing photos when the catalogue is seeded
 * (the server has no internet). Pure Java2D: headless-safe, no text, no resources, deterministic. Pieces are drawn
 * in a 1000 x 1250 design space lit from the upper left; bands (rings, hoops, bangles) are small swept 3D meshes
 * shaded as polished metal, everything else is layered 2D shapes.
 */
public final class JewelleryIllustrator {

    private static final double PI = Math.PI;
    private static final String[] CATEGORIES = {"ring", "neck", "earr", "brac", "broo"};
    /** Centre of the close-up (view 1) per category. */
    private static final double[][] FOCUS = {{500, 430}, {500, 800}, {310, 500}, {500, 800}, {500, 560}};
    /** Backdrops as top and bottom colour: ivory, linen, stone, slate, sand. */
    private static final int[][] TONES = {{0xF7F2EA, 0xE4D9C8}, {0xF0E7D9, 0xD8CAB4}, {0xE6E2DC, 0xC6C0B7},
            {0x72777C, 0x474B51}, {0xF3E7DF, 0xDEC9BC}};
    private static final int SHADOW_SCALE = 5, FACETED = 0, CAB = 1, PEARL = 2, OPAL = 1, LAB = 2, VEINS = 3, MOON = 4;
    /** "keys=ramp" where keys are substrings to match (first wins) and ramp runs deepest shadow to highlight. */
    private static final String[] METALS = {"rose gold=5B2A22 9B5B4B D49B86 F2CCBC FFF2EC",
            "white gold|platinum|palladium=4A4E55 858A92 C4C8CE EDF0F3 FFFFFF",
            "oxidi|blackened=1D1F23 3B3E44 6A6E75 A8ADB4 E8EBEE", "gold=5A3A08 9C6B17 D6A73E F4D67C FFF7DC",
            "silver|925|sterling=3B3F46 70767F AEB4BC DFE4EA FFFFFF", "copper=4B1E0C 8C401D C76D3E EDA97F FFE6D2",
            "brass=4E3A0B 8D6F22 C7A44C E8D18A FFF6D4", "bronze=3E2A10 7A5428 AD7F45 D8B27C F7E4C4",
            "titanium|steel|niobium|aluminium=34373B 5F646A 969BA1 CDD1D5 F8F9FA"};
    /** "keys=dark base light kind" with kind F(aceted), C(abochon) or P(earl), then O(pal), L(abradorite), V(eins),
            M(oon). */
    private static final String[] GEMS = {"mother of pearl=B8B2BA EEEAE6 FFFFFF CM",
            "black pearl|tahiti=2E3038 6A6E7A D6DAE4 P",
            "pearl=A89A86 EEE4D4 FFFFFF P", "white sapphire|diamond|zircon|moissanite=55606E C4D0DC F4F8FC F",
            "rose quartz=B07585 EFC0C8 FFF0F2 C", "smoky quartz=3A2A1E 7A5E48 C8AB90 F",
                    "garnet=3E0610 8E1528 E0506A F",
            "ruby=4A0010 B8102E FF6A80 F", "spinel=4A0A2A B01E55 FF7AA8 F", "sapphire=0A154D 1D3EA3 7397FF F",
            "tanzanite=22135A 4B3AA8 9C8CF0 F", "emerald=033522 0F7C4C 5FD89C F", "amethyst=33104A 7A3CA8 CDA0F2 F",
            "aquamarine=2E6F86 7CC6DC D8F4FB F", "topaz=17607F 3AA0CC A6E2F7 F", "citrine=7A4A05 E0A020 FFE08A F",
            "peridot=3E5A08 8FB82A DCF290 F", "tourmaline=6A1040 D0407F FFA6CF F", "morganite=9A5A50 E6A89A FDE0D8 F",
            "quartz|crystal=5E6670 CDD5DD F6F9FC F", "onyx=050506 1C1C20 5A5C64 C", "opal=9FB3C6 DFE8EF FFFFFF CO",
            "turquoise=17706A 38B3AA 9CE6DC CV", "labradorite=1F262C 4B5860 8A99A3 CL",
                    "moonstone=9AA4B4 D8DEE7 FAFCFF CM",
            "lapis=0D1A5C 1F3B9C 5F7FE0 C", "jade=1D5A3A 4F9A6A A8DCB4 C", "amber=6A2E05 D07A10 FFC45A C",
            "coral=8A2A1E E0604A FFAB94 C", "carnelian=7A200C C8481E F59A6A C", "malachite=063D2A 16805A 6FD2A5 CV",
            "sea glass=5E8A78 A8D0BF E4F4EC C"};
    private static final String[] ENAMELS = {"blue|cobalt=2346A0", "teal|petrol=148282", "red|coral=E0695A",
            "yellow|mustard=D7A528", "green|forest=286E46", "pink|blush=E6A0AA", "turquoise|aqua=3CB4BE",
            "purple|plum=783270", "white|ivory=F0EBDC"};
    private static final Color[] SILVER = metal("silver"), OXIDISED = metal("oxidi");

    private record Gem(Color dark, Color base, Color light, int kind, int fx) {
        Color[] ramp() {
            return new Color[]{mix(dark, Color.BLACK, 0.45), dark, base, light, Color.WHITE};
        }
    }

    /** Colours picked from the materials (and seed). */
    private static final class Style {
        Color[] metal;
        Gem gem, gem2, pearl;
        Color enamel;
        int tone;
    }

    /** Drawing target: the picture itself, or (sil) the low-resolution mask of the soft shadow. */
    private static final class Pen {
        final Graphics2D g;
        final boolean sil;
        final Style s;
        final Color bg;
        final List<double[]> faces = new ArrayList<>();
        double turn, tilt;
        boolean flat;

        Pen(Graphics2D g, boolean sil, Style s, Color bg) {
            this.g = g;
            this.sil = sil;
            this.s = s;
            this.bg = bg;
        }
    }

    /** A superellipse cross-section swept around a circle (rings, hoops, bangles,
            cuffs); optionally a 2-strand rope. */
    private static final class Band implements Cloneable {
        double cx = 500, cy = 640, radius = 200, ra = 12, ax = 14, expo = 3, from = 0, to = 2 * PI;
        double tilt, turn, axial, hammer, twist, twistR;
        int seg = 120, prof = 40;
        long h;
        Color[] m;

        Band(Color[] m, long h) {
            this.m = m;
            this.h = h;
        }

        Band copy(long seed) {
            try {
                Band c = (Band) clone();
                c.h = seed;
                return c;
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }

        /** Ring-local point (ring in the x-y plane, axis z) to {x, y, z} turned and tilted, then screen {sx, sy}. */
        double[] at(double x, double y, double z) {
            double x1 = x * Math.cos(turn) + z * Math.sin(turn), z1 = z * Math.cos(turn) - x * Math.sin(turn);
            double y2 = y * Math.cos(tilt) - z1 * Math.sin(tilt), z2 = y * Math.sin(tilt) + z1 * Math.cos(tilt);
            double f = 2400 / (2400 - z2);
            return new double[]{x1, y2, z2, cx + x1 * f, cy + y2 * f};
        }
    }

    private JewelleryIllustrator() {
    }

    /**
     * Draws one illustration of a jewellery piece on a soft studio backdrop.
     *
     * @param category  "rings", "necklaces", "earrings", "bracelets" or "brooches" (anything else picks one by seed)
     * @param materials listing materials; the first metal found sets the metal (default silver), gemstones, pearls
     *                  and enamel set the colours; unknown entries are ignored; may be null
     * @param seed      design seed: different seeds give different pieces
     * @param view      0 for the main photo; 1, 2, ... show the same piece closer, turned or on another backdrop
     * @param width     image width in pixels (typically 960)
     * @param height    image height in pixels (typically 1200)
     * @return a new TYPE_INT_RGB image; the same arguments always give the same pixels
     */
    public static BufferedImage draw(String category, List<String> materials, long seed, int view, int width,
            int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("width and height must be positive");
        }
        String cat = category == null ? "" : category.trim().toLowerCase(Locale.ROOT);
        int kind = -1;
        for (int i = 0; i < CATEGORIES.length; i++) {
            kind = cat.startsWith(CATEGORIES[i]) ? i : kind;
        }
        long dseed = mix(seed, kind);
        kind = kind >= 0 ? kind : (int) Math.floorMod(dseed, (long) CATEGORIES.length);
        Style st = style(materials, new Random(dseed ^ 0x5DEECE66DL));
        int v = Math.max(0, view), mode = v % 3;
        Random vr = new Random(mix(dseed, 1000 + v));
        int[] tone = TONES[(st.tone + (mode == 2 ? 2 : 0) + v / 3) % TONES.length];
        Color top = new Color(tone[0]), bottom = new Color(tone[1]);

        double k = Math.min(width / 1000.0, height / 1250.0), zoom = mode == 1 ? 1.55 : mode == 2 ? 0.98 : 1.1;
        double[] focus = mode == 1 ? FOCUS[kind] : new double[]{500, 625};
        AffineTransform at = AffineTransform.getTranslateInstance(width / 2.0 + (vr.nextDouble() - 0.5) * 30 * k,
                height / 2.0 + (vr.nextDouble() - 0.5) * 30 * k);
        at.scale(k * zoom, k * zoom);
        at.rotate((vr.nextDouble() - 0.5) * (mode == 2 ? 0.55 : 0.08) * (kind == 0 ? 0.15 : 1));
        at.translate(-focus[0], -focus[1]);

        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] shadow = shadowMask(width, height, at, k * zoom, kind, st, dseed, mode);
        backdrop(img, top, bottom, width * (0.35 + vr.nextDouble() * 0.3), height * 0.36, shadow,
                mix(bottom, Color.BLACK, 0.55), st.tone == 1 && mode != 2, dseed);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.transform(at);
        piece(new Pen(g, false, st, mix(top, bottom, 0.5)), kind, dseed, mode);
        g.dispose();
        return img;
    }

    private static void piece(Pen p, int kind, long dseed, int mode) {
        p.turn = mode == 1 ? -0.18 : mode == 2 ? 0.42 : 0;
        p.tilt = mode == 1 ? 0.12 : mode == 2 ? -0.05 : 0;
        Random r = new Random(dseed);
        switch (kind) {
            case 0 -> rings(p, r);
            case 1 -> necklaces(p, r);
            case 2 -> earrings(p, r);
            case 3 -> bracelets(p, r);
            default -> brooches(p, r);
        }
    }

    // ------------------------------------------------------------------ studio: shadow and backdrop

    /** Renders silhouettes at 1/5 scale, offset down-right (away from the light), and box-blurs the alpha twice. */
    private static int[] shadowMask(int w, int h, AffineTransform at, double k, int kind, Style st, long dseed,
            int mode) {
        int mw = w / SHADOW_SCALE + 2, mh = h / SHADOW_SCALE + 2;
        BufferedImage mask = new BufferedImage(mw, mh, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = mask.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.scale(1.0 / SHADOW_SCALE, 1.0 / SHADOW_SCALE);
        g.translate(14 * k, 24 * k);
        g.transform(at);
        piece(new Pen(g, true, st, Color.BLACK), kind, dseed, mode);
        g.dispose();
        int[] px = ((DataBufferInt) mask.getRaster().getDataBuffer()).getData(), a = new int[px.length],
                t = new int[px.length];
        for (int i = 0; i < px.length; i++) {
            a[i] = px[i] >>> 24;
        }
        for (int pass = 0; pass < 4; pass++) { // horizontal, vertical, horizontal, vertical (radius 3)
            int[] src = pass % 2 == 0 ? a : t, dst = pass % 2 == 0 ? t : a;
            int n = pass % 2 == 0 ? mw : mh, lines = pass % 2 == 0 ? mh : mw, step = pass % 2 == 0 ? 1 : mw;
            for (int l = 0; l < lines; l++) {
                int base = pass % 2 == 0 ? l * mw : l, sum = 0;
                for (int i = -3; i <= 3; i++) {
                    sum += src[base + Math.max(0, Math.min(n - 1, i)) * step];
                }
                for (int i = 0; i < n; i++) {
                    dst[base + i * step] = sum / 7;
                    sum += src[base + Math.min(n - 1, i + 4) * step] - src[base + Math.max(0, i - 3) * step];
                }
            }
        }
        return a;
    }

    /** One pass over the pixels: vertical gradient, spotlight, vignette, bilinear shadow, grain (and linen weave). */
    private static void backdrop(BufferedImage img, Color top, Color bottom, double spotX, double spotY, int[] mask,
                                 Color sh, boolean weave, long seed) {
        int w = img.getWidth(), h = img.getHeight(), sd = SHADOW_SCALE, mw = w / sd + 2;
        int[] px = ((DataBufferInt) img.getRaster().getDataBuffer()).getData(), x0 = new int[w];
        double spot = 1 / sq(Math.max(w, h) * 0.85), vig = 1 / sq(Math.hypot(w, h) * 0.62) / 0.64;
        float[] fx = new float[w], lx = new float[w], vx = new float[w];
        for (int x = 0; x < w; x++) {
            double u = Math.max(0, (x + 0.5) / sd - 0.5);
            x0[x] = (int) u;
            fx[x] = (float) (u - x0[x]);
            lx[x] = (float) (sq(x - spotX) * spot);
            vx[x] = (float) (sq(x - w / 2.0) * vig);
        }
        long s = seed | 1;
        for (int y = 0; y < h; y++) {
            float t = (float) y / Math.max(1, h - 1), v = Math.max(0, (y + 0.5f) / sd - 0.5f), fy = v - (int) v;
            float r0 = top.getRed() + (bottom.getRed() - top.getRed()) * t,
                    g0 = top.getGreen() + (bottom.getGreen() - top.getGreen()) * t;
            float b0 = top.getBlue() + (bottom.getBlue() - top.getBlue()) * t;
            float ly = (float) (1 - sq(y - spotY) * spot), vy = (float) (sq(y - h / 2.0) * vig - 0.36 / 0.64);
            int row = (int) v * mw;
            for (int x = 0; x < w; x++) {
                float light = Math.max(0, ly - lx[x]) * 0.32f, dark = Math.min(1, Math.max(0, vx[x] + vy)) * 0.24f,
                        sa = 0;
                int i = row + x0[x];
                if ((mask[i] | mask[i + 1] | mask[i + mw] | mask[i + mw + 1]) != 0) {
                    float f = fx[x];
                    sa = ((mask[i] * (1 - f) + mask[i + 1] * f) * (1 - fy)
                            + (mask[i + mw] * (1 - f) + mask[i + mw + 1] * f) * fy)
                            * (0.6f / 255);
                }
                s ^= s << 13;
                s ^= s >>> 7;
                s ^= s << 17;
                float n = (s & 7) - 3.5f + (weave ? (((x >> 1) + (y >> 1) & 1) == 0 ? 1.5f : -1.5f) : 0);
                float r = r0 + (255 - r0) * light, gg = g0 + (255 - g0) * light, b = b0 + (255 - b0) * light;
                r += (40 - r) * dark + (sh.getRed() - r) * sa + n;
                gg += (30 - gg) * dark + (sh.getGreen() - gg) * sa + n;
                b += (20 - b) * dark + (sh.getBlue() - b) * sa + n;
                px[y * w + x] = Math.max(0, Math.min(255, (int) r)) << 16 | Math.max(0, Math.min(255, (int) gg)) << 8
                        | Math.max(0, Math.min(255, (int) b));
            }
        }
    }

    // ------------------------------------------------------------------ categories

    /** Upright ring: solitaire, bezel cabochon, stack, wide (hammered) band, granulated cluster or twisted rope. */
    private static void rings(Pen p, Random r) {
        Style s = p.s;
        Gem stone = s.gem != null ? s.gem : s.pearl;
        int type = r.nextInt(6);
        type = stone == null && (type == 0 || type == 4) ? (r.nextBoolean() ? 3 : 5) : type;
        boolean top = type == 0 || type == 1 || type == 4;
        Band b = new Band(s.metal, r.nextLong());
        b.radius = 245 + r.nextDouble() * 45;
        b.turn = (0.45 + r.nextDouble() * 0.35) * (r.nextBoolean() ? 1 : -1) + p.turn;
        b.tilt = 0.2 + r.nextDouble() * 0.12 + p.tilt;
        b.expo = new double[]{2.2, 3.5, 7}[r.nextInt(3)];
        b.ra = 12 + r.nextDouble() * 7;
        b.ax = 14 + r.nextDouble() * 10;
        b.hammer = r.nextDouble() < 0.3 ? 1 : 0;
        b.cy = top ? 700 : 625;
        if (p.sil) { // contact shadow under the standing ring
            double bottom = b.cy + (b.radius + b.ra) * Math.cos(b.tilt),
                    wid = b.radius * (1.2 + 0.8 * Math.abs(Math.cos(b.turn)));
            p.g.fill(new Ellipse2D.Double(500 - wid / 2, bottom - 30, wid, 60));
            return;
        }
        long h = r.nextLong();
        double gw = b.radius * (0.78 + r.nextDouble() * 0.22);
        if (type == 2) {
            int n = 2 + r.nextInt(3);
            b.turn = Math.copySign(0.8 + r.nextDouble() * 0.25, b.turn) + p.turn;
            for (int i = 0; i < n; i++) {
                Band bi = b.copy(r.nextLong());
                bi.ra = 8 + r.nextDouble() * 5;
                bi.ax = 8 + r.nextDouble() * 6;
                bi.axial = (i - (n - 1) / 2.0) * 32;
                bi.hammer = r.nextDouble() < 0.35 ? 1 : 0;
                band(p, r.nextDouble() < 0.3 ? twist(bi, r) : bi);
            }
        } else if (type == 3) {
            b.ra = 10 + r.nextDouble() * 5;
            b.ax = 45 + r.nextDouble() * 40;
            b.expo = 8;
            b.hammer = r.nextDouble() < 0.7 ? 1 : 0;
            band(p, b);
        } else if (type == 5) {
            band(p, twist(b, r));
            if (r.nextBoolean()) {
                Band plain = b.copy(r.nextLong());
                plain.twistR = 0;
                plain.ra = plain.ax = 8;
                plain.expo = 2.2;
                plain.axial = 30;
                band(p, plain);
            }
        } else {
            band(p, b);
        }
        flush(p);
        if (!top) {
            return;
        }
        double[] t = b.at(0, -(b.radius + b.ra), 0);
        if (type == 4) { // shoulders: graduated granules, an accent stone first
            for (int side = -1; side <= 1; side += 2) {
                for (int i = 3; i >= 1; i--) {
                    double f = -PI / 2 + side * (0.2 + i * 0.085), br = s.gem2 != null && i == 1 ? 16 : 12 - i * 2;
                    double[] q = b.at((b.radius + b.ra + br * 0.6) * Math.cos(f),
                            (b.radius + b.ra + br * 0.6) * Math.sin(f), 0);
                    if (s.gem2 != null && i == 1) {
                        gem(p, s.gem2, q[3], q[4], br, br, 0, h + i);
                    } else {
                        ball(p, q[3], q[4], br, s.metal);
                    }
                }
            }
            gw *= 0.8;
        }
        Gem g = type == 1 && stone != null && stone.kind == FACETED ? new Gem(stone.dark, stone.base, stone.light,
                CAB, 0) : stone;
        gemSide(p, g, s.metal, t[3], t[4] + 4, gw, h, r.nextBoolean());
    }

    /** A chain (cable, ball, snake, pearls, beads) draped in a U or V with a pendant at the lowest point. */
    private static void necklaces(Pen p, Random r) {
        Style s = p.s;
        double yb = 450 + r.nextDouble() * 80, xl = 50 + r.nextDouble() * 70, xr = 950 - r.nextDouble() * 70,
                bx = (xl + xr) / 2;
        Path2D path = new Path2D.Double();
        path.moveTo(xl, -90);
        if (r.nextBoolean()) {
            path.curveTo(xl + 10, yb * 0.5, bx - 140, yb - 10, bx, yb);
            path.curveTo(bx + 140, yb - 10, xr - 10, yb * 0.5, xr, -90);
        } else {
            path.curveTo(xl, (8 * yb + 180) / 6, xr, (8 * yb + 180) / 6, xr, -90);
        }
        int chain = s.pearl != null && r.nextDouble() < 0.6 ? 3
                : s.gem != null && r.nextDouble() < 0.25 ? 4 : r.nextInt(3);
        chain(p, path, chain, 14 + r.nextDouble() * 10, r.nextLong());
        pendant(p, r.nextInt(7), bx, yb, 420 + r.nextDouble() * 120, r);
    }

    /** A pair: drops on ear wires, studs, or hoops (optionally with a charm). */
    private static void earrings(Pen p, Random r) {
        int type = r.nextInt(3);
        long ps = r.nextLong();
        if (type == 0) {
            int pt = r.nextInt(7), hook = r.nextInt(3);
            double size = 380 + r.nextDouble() * 90, gap = 190 + r.nextDouble() * 25;
            for (int side = -1; side <= 1; side += 2) {
                double x = 500 + side * gap, y = 760 - size * 0.58 + side * 14;
                earWire(p, hook, x, y, size);
                pendant(p, pt, x, y, size, new Random(ps));
            }
        } else if (type == 1) {
            int st = r.nextInt(5);
            double rad = 140 + r.nextDouble() * 40;
            stud(p, st, 345, 480, rad, new Random(ps));
            stud(p, st, 655, 770, rad, new Random(ps));
        } else {
            Band b = new Band(p.s.metal, ps);
            b.radius = 170 + r.nextDouble() * 40;
            b.ra = b.ax = 10 + r.nextDouble() * 8;
            b.expo = r.nextDouble() < 0.3 ? 7 : 2.2;
            b.ax *= b.expo > 3 ? 2.2 : 1;
            b.hammer = r.nextDouble() < 0.3 ? 1 : 0;
            b = b.hammer == 0 && r.nextDouble() < 0.3 ? twist(b, r) : b;
            b.tilt = 0.15 + p.tilt;
            b.seg = Math.min(b.seg, 90);
            b.cy = 560;
            int charm = r.nextInt(3);
            double turn = 0.35 + r.nextDouble() * 0.3 + p.turn;
            for (int side = -1; side <= 1; side += 2) {
                Band bi = b.copy(ps);
                bi.cx = 500 + side * 215;
                bi.turn = turn * side;
                if (p.sil) {
                    p.g.fill(new Ellipse2D.Double(bi.cx - bi.radius * 0.7, bi.cy + bi.radius - 20, bi.radius * 1.4,
                            44));
                }
                band(p, bi);
            }
            flush(p);
            for (int side = -1; side <= 1 && charm > 0; side += 2) {
                pendant(p, charm - 1, 500 + side * 215, 556 + b.radius * Math.cos(b.tilt) + b.ra, 190, new Random(ps));
            }
        }
    }

    /** Bracelet lying on the surface: bangle, stacked bangles, cuff (maybe with a stone), link chain or beads. */
    private static void bracelets(Pen p, Random r) {
        Style s = p.s;
        int type = r.nextInt(5);
        Band b = new Band(s.metal, r.nextLong());
        b.radius = 340 + r.nextDouble() * 40;
        b.tilt = 0.78 + r.nextDouble() * 0.2 + p.tilt;
        b.turn = (r.nextDouble() - 0.5) * 0.3 + p.turn * 0.5;
        b.cy = 650;
        b.seg = 160;
        p.flat = true;
        if (type <= 1) {
            int n = type == 0 ? 1 : 2 + r.nextInt(3);
            for (int i = 0; i < n; i++) {
                Band bi = b.copy(r.nextLong());
                bi.ra = (type == 0 ? 18 : 10) + r.nextDouble() * 9;
                bi.ax = bi.ra * (0.8 + r.nextDouble() * 0.6);
                bi.expo = r.nextDouble() < 0.6 ? 2.2 : 4;
                bi.axial = (i - (n - 1) / 2.0) * (bi.ax * 2 + 6);
                bi.cx += (r.nextDouble() - 0.5) * 30;
                bi.hammer = r.nextDouble() < 0.4 ? 1 : 0;
                band(p, bi.hammer == 0 && r.nextDouble() < 0.35 ? twist(bi, r) : bi);
            }
            flush(p);
        } else if (type == 2) {
            double gap = 0.6 + r.nextDouble() * 0.4;
            b.from = -PI / 2 + gap / 2;
            b.to = 3 * PI / 2 - gap / 2;
            b.ra = 9;
            b.ax = 30 + r.nextDouble() * 35;
            b.expo = 7;
            b.hammer = r.nextDouble() < 0.6 ? 1 : 0;
            band(p, b);
            flush(p);
            Gem g = s.gem != null ? s.gem : s.pearl;
            if (g != null && r.nextDouble() < 0.75) {
                double[] q = b.at(0, b.radius + b.ra, 0);
                double rr = Math.min(b.ax * 1.1, 58);
                tube(p, oval(q[3], q[4], rr + 5, rr * 0.9 + 5), 8, s.metal);
                gem(p, g, q[3], q[4], rr, rr * 0.9, r.nextInt(2), r.nextLong());
            }
        } else if (type == 3) {
            linkBracelet(p, b, r);
        } else {
            beadBracelet(p, b, r);
        }
    }

    /** Flower (maybe on a stem), leafy branch with berries, geometric piece or insect. */
    private static void brooches(Pen p, Random r) {
        switch (r.nextInt(4)) {
            case 0 -> {
                if (r.nextBoolean()) {
                    Path2D stem = new Path2D.Double();
                    stem.moveTo(520, 620);
                    stem.quadTo(560, 860, 700, 960);
                    tube(p, stem, 14, p.s.metal);
                    leafPlate(p, 600, 860, 170, 55, -0.4, r);
                }
                flower(p, 490, 590, 250 + r.nextDouble() * 60, r);
            }
            case 1 -> branch(p, r);
            case 2 -> geometric(p, 500, 620, 270 + r.nextDouble() * 50, r);
            default -> insect(p, r);
        }
    }

    // ------------------------------------------------------------------ components

    private static void chain(Pen p, Shape path, int type, double pitch, long h) {
        Style s = p.s;
        if (type == 2) { // snake chain: a tube with fine scale marks
            tube(p, path, pitch * 0.6, s.metal);
            if (!p.sil) {
                stroke(p.g, path, pitch * 0.5, new Color(0, 0, 0, 45), new float[]{1.3f, 2.2f});
            }
            return;
        }
        if (type >= 3) {
            pitch = type == 3 ? 26 + hash(h, 1, 1) * 10 : 30;
            if (!p.sil) {
                stroke(p.g, path, 2.5, alpha(type == 3 ? s.pearl.light() : s.metal[2], 200), null);
            }
        }
        List<double[]> pts = sample(path, pitch);
        for (int i = 0; i < pts.size(); i++) {
            double x = pts.get(i)[0], y = pts.get(i)[1], a = pts.get(i)[2];
            if (y < -60) {
                continue;
            }
            if (type == 0) { // cable: alternate links lie flat and stand on edge
                double l = pitch;
                Shape link = i % 2 == 0 ? new Ellipse2D.Double(-0.68 * l, -0.4 * l, 1.36 * l, 0.8 * l)
                        : new RoundRectangle2D.Double(-0.68 * l, -0.1 * l, 1.36 * l, 0.2 * l, 0.2 * l, 0.2 * l);
                AffineTransform t = AffineTransform.getTranslateInstance(x, y);
                t.rotate(a);
                tube(p, t.createTransformedShape(link), 0.2 * l, s.metal);
            } else if (type == 1) {
                tube(p, new Line2D.Double(x - Math.cos(a) * pitch, y - Math.sin(a) * pitch, x, y), pitch * 0.12,
                        s.metal);
                ball(p, x, y, pitch * 0.34, s.metal);
            } else if (type == 3) {
                pearl(p, s.pearl, x, y, pitch * 0.47, pitch * 0.47);
            } else if (i % 2 == 0) {
                bead(p, s.gem, x, y, pitch * 0.42, h + i);
            } else {
                ball(p, x, y, pitch * 0.18, s.metal);
            }
        }
    }

    /** A pendant or charm hanging from (x, y), about size tall; the same Random state gives the same pendant. */
    private static void pendant(Pen p, int type, double x, double y, double size, Random r) {
        Style s = p.s;
        Color[] m = s.metal;
        Gem d = s.gem != null ? s.gem : s.pearl;
        long h = r.nextLong();
        boolean coil = r.nextDouble() < 0.35;
        tube(p, new Ellipse2D.Double(x - size * 0.045, y - size * 0.04, size * 0.09, size * 0.15), size * 0.03, m);
        double top = y + size * 0.1;
        switch (type) {
            case 0 -> { // drop: pear-cut stone, oval cabochon, pearl or hammered metal, maybe on a wire-wrapped bail
                double rx = size * 0.2, ry = size * 0.29, cy = top + ry + size * (coil ? 0.11 : 0.04);
                for (int i = 0; coil && i < 5; i++) {
                    tube(p, new Ellipse2D.Double(x - size * 0.05, top + (i * 0.022 - 0.01) * size, size * 0.1,
                            size * 0.035), size * 0.016, m);
                }
                if (d == null) {
                    plate(p, pearShape(x, cy, rx, ry), m, 1, h);
                } else if (d.kind == PEARL) {
                    pearl(p, d, x, cy, rx * 0.95, ry * 0.85);
                    plate(p, new Arc2D.Double(x - rx * 0.5, cy - ry * 0.95, rx, ry * 0.45, 0, 180, Arc2D.CHORD), m, 0,
                            h);
                } else {
                    Shape outline = d.kind == CAB ? oval(x, cy, rx, ry) : pearShape(x, cy, rx, ry);
                    gem(p, d, x, cy, rx, ry, d.kind == CAB ? 0 : 2, h);
                    tube(p, outline, size * 0.035, m);
                    if (r.nextBoolean()) {
                        beadRing(p, outline, 22, size * 0.018, size * 0.035, m);
                    }
                }
            }
            case 1 -> { // medallion with a granulated border
                double rad = size * 0.34, cy = top + rad;
                plate(p, oval(x, cy, rad, rad), m, r.nextBoolean() ? 1 : 0, h);
                beadRing(p, oval(x, cy, rad * 0.84, rad * 0.84), 18 + r.nextInt(12), rad * 0.06, 0, m);
                centre(p, x, cy, rad * 0.45, r);
            }
            case 2 -> leafPlate(p, x, top - size * 0.02, size * 0.85, size * 0.27,
                    PI / 2 + (r.nextDouble() - 0.5) * 0.4, r);
            case 3 -> { // crescent moon with a stone (or star) set against the inner edge
                double rad = size * 0.36, cy = top + rad, a = (r.nextDouble() - 0.5) * 0.8;
                double ox = Math.sin(a) * rad * 0.45 + rad * 0.4, oy = -Math.cos(a) * rad * 0.1 - rad * 0.15;
                Area moon = new Area(oval(x, cy, rad, rad));
                moon.subtract(new Area(oval(x + ox, cy + oy, rad * 0.86, rad * 0.86)));
                plate(p, moon, m, r.nextBoolean() ? 1 : 0, h);
                double dl = Math.hypot(ox, oy), sr = rad * 0.2, sx = x + ox - ox / dl * (rad * 0.86 - sr * 0.8);
                double sy = cy + oy - oy / dl * (rad * 0.86 - sr * 0.8);
                if (d != null) {
                    gem(p, d, sx, sy, sr, sr, 0, h + 1);
                    tube(p, oval(sx, sy, sr + 2, sr + 2), sr * 0.22, m);
                } else {
                    plate(p, star(sx, sy, rad * 0.28, rad * 0.1, 5, -PI / 2), m, 0, h + 1);
                }
            }
            case 4 -> { // open geometric frame
                int n = new int[]{3, 4, 6}[r.nextInt(3)];
                double rad = size * 0.38, cy = top + rad;
                tube(p, star(x, cy, rad, rad, n, -PI / 2), size * 0.04, m);
                tube(p, star(x, cy, rad * 0.62, rad * 0.62, n, -PI / 2 + PI / n), size * 0.025, m);
                centre(p, x, cy, rad * 0.3, r);
            }
            case 5 -> flower(p, x, top + size * 0.3, size * 0.3, r);
            default -> { // bar with three set stones
                double len = size * 0.75, bw = size * 0.07;
                plate(p, new RoundRectangle2D.Double(x - bw, top, 2 * bw, len, bw * 2, bw * 2), m,
                        r.nextBoolean() ? 1 : 0, h);
                for (int i = 0; i < 3; i++) {
                    double cy = top + len * (0.22 + 0.28 * i);
                    gem(p, d, x, cy, bw * (d == null ? 0.6 : 0.8), bw * 0.8, 0, h + i);
                    if (d != null) {
                        tube(p, oval(x, cy, bw * 0.85, bw * 0.85), bw * 0.22, m);
                    }
                }
            }
        }
    }

    /** Centre of a medallion, flower or frame: stone in a bezel, enamel disc, or a granulation cluster. */
    private static void centre(Pen p, double x, double y, double rad, Random r) {
        Style s = p.s;
        Gem d = s.gem != null ? s.gem : s.pearl;
        long h = r.nextLong();
        if (s.enamel != null && (d == null || r.nextBoolean())) {
            enamel(p, oval(x, y, rad * 1.2, rad * 1.2), s.enamel, s.metal);
            if (d != null) {
                gem(p, d, x, y, rad * 0.5, rad * 0.5, 0, h);
            } else {
                plate(p, star(x, y, rad * 0.8, rad * 0.35, 8, 0), s.metal, 0, h);
            }
        } else if (d != null) {
            double ry = rad * (d.kind == FACETED && r.nextBoolean() ? 1.25 : 1);
            gem(p, d, x, y, rad, ry, d == s.gem && d.kind == FACETED && r.nextDouble() < 0.3 ? 1 : 0, h);
            tube(p, oval(x, y, rad + 3, ry + 3), rad * 0.16, s.metal);
        } else {
            for (int i = 18; i >= 0; i--) { // granules in a sunflower spiral
                double a = i * 2.39996, dd = rad * 0.85 * Math.sqrt(i / 18.0);
                ball(p, x + Math.cos(a) * dd, y + Math.sin(a) * dd, rad * 0.2, s.metal);
            }
        }
    }

    /** French hook (plain or with a bead) or a ball stud with a long jump ring; the pendant hangs from (x, y). */
    private static void earWire(Pen p, int hook, double x, double y, double size) {
        Color[] m = p.s.metal;
        double k = size / 280;
        if (hook == 2) {
            ball(p, x, y - 70 * k, 22 * k, m);
            tube(p, new Ellipse2D.Double(x - 10 * k, y - 52 * k, 20 * k, 52 * k), 5 * k, m);
            return;
        }
        Path2D w = new Path2D.Double();
        w.moveTo(x, y);
        w.curveTo(x, y - 70 * k, x + 6 * k, y - 135 * k, x + 48 * k, y - 138 * k);
        w.curveTo(x + 88 * k, y - 140 * k, x + 98 * k, y - 95 * k, x + 96 * k, y - 45 * k);
        w.lineTo(x + 92 * k, y + 40 * k);
        tube(p, w, 7 * k, m);
        tube(p, oval(x, y + 3 * k, 9 * k, 9 * k), 5 * k, m);
        if (hook == 1) {
            ball(p, x, y - 45 * k, 11 * k, m);
        }
    }

    private static void stud(Pen p, int type, double x, double y, double rad, Random r) {
        Style s = p.s;
        long h = r.nextLong();
        if (type == 0) {
            plate(p, oval(x, y, rad, rad), s.metal, 1, h);
            centre(p, x, y, rad * 0.5, r);
        } else if (type == 1) {
            flower(p, x, y, rad, r);
        } else if (type == 2) { // pearl, stone or metal ball in a ring of granules
            if (s.pearl != null) {
                pearl(p, s.pearl, x, y, rad * 0.75, rad * 0.75);
            } else if (s.gem != null) {
                centre(p, x, y, rad * 0.7, r);
            } else {
                ball(p, x, y, rad * 0.7, s.metal);
            }
            beadRing(p, oval(x, y, rad * 0.93, rad * 0.93), 22, rad * 0.075, 0, s.metal);
        } else if (type == 3) {
            plate(p, star(x, y, rad, rad * 0.55, 6 + r.nextInt(3), -PI / 2), s.metal, r.nextBoolean() ? 1 : 0, h);
            centre(p, x, y, rad * 0.32, r);
        } else {
            tube(p, star(x, y, rad, rad, 6, 0), rad * 0.09, s.metal);
            centre(p, x, y, rad * 0.52, r);
        }
    }

    private static void flower(Pen p, double x, double y, double rad, Random r) {
        Style s = p.s;
        int n = 5 + r.nextInt(4), layers = r.nextBoolean() ? 2 : 1;
        double a0 = r.nextDouble() * PI, w = rad * (0.28 + r.nextDouble() * 0.2) * 6 / n,
                hammer = r.nextDouble() < 0.5 ? 1 : 0;
        long h = r.nextLong();
        for (int layer = 0; layer < layers; layer++) {
            for (int i = 0; i < n; i++) {
                Shape petal = leafShape(x, y, layer == 0 ? rad : rad * 0.62, layer == 0 ? w : w * 0.8,
                        a0 + (i + layer * 0.5) * 2 * PI / n, 0.9);
                if (s.enamel != null) {
                    enamel(p, petal, layer == 0 ? s.enamel : mix(s.enamel, Color.WHITE, 0.35), s.metal);
                } else {
                    plate(p, petal, s.metal, hammer, h + i);
                }
            }
        }
        centre(p, x, y, rad * 0.24, r);
    }

    /** A leaf pointing along ang (radians), enamelled or metal, with wire veins. */
    private static void leafPlate(Pen p, double x, double y, double len, double wid, double ang, Random r) {
        Style s = p.s;
        Shape leaf = leafShape(x, y, len, wid, ang, 0.5);
        if (s.enamel != null) {
            enamel(p, leaf, s.enamel, s.metal);
        } else {
            plate(p, leaf, s.metal, r.nextDouble() < 0.5 ? 1 : 0, r.nextLong());
        }
        double ca = Math.cos(ang), sa = Math.sin(ang), vw = Math.max(2, wid * 0.07);
        tube(p, new Line2D.Double(x + ca * len * 0.05, y + sa * len * 0.05, x + ca * len * 0.85, y + sa * len * 0.85),
                vw * 1.4, s.metal);
        for (int i = 1; i <= 4; i++) {
            double t = len * (0.16 + i * 0.15), bx = x + ca * t, by = y + sa * t, vl = wid * (0.85 - i * 0.13);
            for (int side = -1; side <= 1; side += 2) {
                tube(p, new Line2D.Double(bx, by, bx + Math.cos(ang + side * 0.8) * vl,
                        by + Math.sin(ang + side * 0.8) * vl), vw, s.metal);
            }
        }
    }

    private static void branch(Pen p, Random r) {
        Style s = p.s;
        double x0 = 300 + r.nextDouble() * 60, x1 = 700 - r.nextDouble() * 40;
        Path2D stem = new Path2D.Double();
        stem.moveTo(x0, 940);
        stem.curveTo(x0 + 180, 820, x1 - 200, 560, x1, 300);
        tube(p, stem, 13, s.metal);
        List<double[]> pts = sample(stem, 20);
        int leaves = 4 + r.nextInt(4);
        for (int i = 0; i < leaves; i++) {
            double[] q = pts.get(Math.min(pts.size() - 1, (int) ((0.12 + 0.8 * i / leaves) * pts.size())));
            double ang = q[2] + (i % 2 == 0 ? 1 : -1) * (0.6 + r.nextDouble() * 0.4);
            leafPlate(p, q[0], q[1], 150 + r.nextDouble() * 70, 45 + r.nextDouble() * 15, ang, r);
        }
        Gem d = s.pearl != null ? s.pearl : s.gem;
        double[] tip = pts.get(pts.size() - 1);
        for (int i = 0, n = 3 + r.nextInt(3); i < n; i++) { // berries
            double a = i * 2.1 + r.nextDouble(), rr = 22 + r.nextDouble() * 10, off = i == 0 ? 0 : 38;
            bead(p, d, tip[0] + Math.cos(a) * off, tip[1] + Math.sin(a) * off, d == null ? rr * 0.8 : rr, r.nextLong());
        }
    }

    /** Sunburst of rays, a double polygon frame set with stones, or a hammered star. */
    private static void geometric(Pen p, double x, double y, double rad, Random r) {
        Style s = p.s;
        int style = r.nextInt(3), n = new int[]{6, 8, 12}[r.nextInt(3)];
        long h = r.nextLong();
        Gem d = s.gem2 != null ? s.gem2 : s.gem != null ? s.gem : s.pearl;
        if (style == 0) {
            for (int i = 0; i < 2 * n; i++) {
                double a = i * PI / n, len = rad * (i % 2 == 0 ? 1 : 0.7), ex = x + Math.cos(a) * len,
                        ey = y + Math.sin(a) * len;
                tube(p, new Line2D.Double(x + Math.cos(a) * rad * 0.3, y + Math.sin(a) * rad * 0.3, ex, ey), 10,
                        s.metal);
                gem(p, i % 2 == 0 ? d : null, ex, ey, i % 2 == 0 && d != null ? 18 : 11, 18, 0, h + i);
            }
            centre(p, x, y, rad * 0.32, r);
        } else if (style == 1) {
            double a0 = r.nextDouble() * PI;
            int c = n / 2 + 2;
            tube(p, star(x, y, rad, rad, c, a0), 16, s.metal);
            tube(p, star(x, y, rad * 0.7, rad * 0.7, c, a0 + PI / c), 10, s.metal);
            for (int i = 0; i < c; i++) {
                double a = a0 + i * 2 * PI / c;
                gem(p, d, x + Math.cos(a) * rad, y + Math.sin(a) * rad, d == null ? 14 : 20, 20, 0, h + i);
            }
            centre(p, x, y, rad * 0.38, r);
        } else {
            plate(p, star(x, y, rad, rad * (0.45 + r.nextDouble() * 0.15), n / 2 + 3, -PI / 2), s.metal,
                    r.nextBoolean() ? 1 : 0, h);
            beadRing(p, oval(x, y, rad * 0.42, rad * 0.42), 20, rad * 0.035, 0, s.metal);
            centre(p, x, y, rad * 0.3, r);
        }
    }

    /** Bee, dragonfly or beetle with stone eyes; wings enamelled, stone-tinted or open wirework. */
    private static void insect(Pen p, Random r) {
        Style s = p.s;
        Color[] m = s.metal;
        int kind = r.nextInt(3);
        long h = r.nextLong();
        Gem eye = s.gem != null ? s.gem : s.pearl;
        double x = 500, y = 600, bw = kind == 0 ? 85 : 110, bl = kind == 0 ? 150 : 170, hy = y - bl * 0.6;
        for (int side = -1; side <= 1; side += 2) {
            for (int i = 0; i < 3 && kind != 1; i++) { // legs (bee: the first two pairs are wings instead)
                if (kind == 0 && i < 2) {
                    wing(p, leafShape(x + side * (20 - i * 5), y - 60 + i * 30, 260 - i * 70, 85 - i * 25,
                            -PI / 2 + side * (1.15 + i * 0.55), 0.7));
                } else if (kind == 2) {
                    Path2D leg = new Path2D.Double();
                    leg.moveTo(x + side * 60, y - 40 + i * 70);
                    leg.lineTo(x + side * 170, y - 80 + i * 110);
                    leg.lineTo(x + side * 200, y - 10 + i * 100);
                    tube(p, leg, 10, m);
                }
            }
            for (int i = 0; i < 2 && kind == 1; i++) {
                wing(p, leafShape(x + side * 10, y - 90 + i * 45, 320 - i * 40, 55,
                        (side > 0 ? 0 : PI) + side * (i == 0 ? -0.22 : 0.2), 0.6));
            }
        }
        if (kind == 1) { // dragonfly: beaded body, big eyes
            for (int i = 0; i < 9; i++) {
                ball(p, x, y - 40 + i * 42, 26 - i * 1.6, m);
            }
            ball(p, x, y - 95, 34, m);
            gem(p, eye, x - 30, y - 140, 22, 22, 0, h);
            gem(p, eye, x + 30, y - 140, 22, 22, 0, h + 1);
            return;
        }
        Shape body = oval(x, hy + bl, bw, bl);
        if (kind == 2 && s.gem != null && s.gem.kind == CAB) {
            gem(p, s.gem, x, hy + bl, bw, bl, 0, h);
            tube(p, body, 12, m);
        } else if (s.enamel != null) {
            enamel(p, body, s.enamel, m);
        } else {
            plate(p, body, m, kind == 2 ? 1 : 0, h);
        }
        if (kind == 0 && !p.sil) { // bee stripes
            clipped(p.g, body, () -> {
                for (int i = 0; i < 3; i++) {
                    tube(p, new Line2D.Double(x - bw * 1.2, y + i * 62 - 10, x + bw * 1.2, y + i * 62 + 10), 26,
                            i % 2 == 0 ? OXIDISED : m);
                }
            });
        }
        if (kind == 2) {
            tube(p, new Line2D.Double(x, y - bl * 0.55, x, y + bl * 1.35), 6, m);
        }
        ball(p, x, hy - 38, 48, m);
        for (int side = -1; side <= 1; side += 2) {
            gem(p, eye, x + side * 26, hy - 50, 15, 15, 0, h + side);
            Path2D ant = new Path2D.Double();
            ant.moveTo(x + side * 15, hy - 80);
            ant.quadTo(x + side * 30, hy - 150, x + side * 85, hy - 170);
            tube(p, ant, 7, m);
            ball(p, x + side * 85, hy - 170, 11, m);
        }
    }

    private static void wing(Pen p, Shape s) {
        Style st = p.s;
        if (p.sil) {
            fill(p.g, s, new Color(0, 0, 0, 90));
            return;
        }
        Color c = st.enamel != null ? st.enamel : st.gem != null ? st.gem.light() : st.metal[3];
        Rectangle2D b = s.getBounds2D();
        fill(p.g, s, new GradientPaint((float) b.getX(), (float) b.getY(), alpha(mix(c, Color.WHITE, 0.4), 170),
                (float) b.getMaxX(), (float) b.getMaxY(), alpha(c, st.enamel != null ? 200 : 90)));
        clipped(p.g, s, () -> {
            for (int i = 0; i < 5; i++) {
                double t = 0.15 + 0.18 * i;
                tube(p, new Line2D.Double(b.getX() + b.getWidth() * t, b.getY(), b.getMaxX() - b.getWidth() * t,
                        b.getMaxY()), 3, st.metal);
            }
        });
        tube(p, s, 7, st.metal);
    }

    /** Cable chain around the tilted bracelet circle, links alternately lying and standing, with clasp and charm. */
    private static void linkBracelet(Pen p, Band b, Random r) {
        double len = 46 + r.nextDouble() * 16, thick = 0.2 + r.nextDouble() * 0.08;
        int n = 2 * (int) (PI * b.radius / len);
        List<Object[]> links = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double f = 2 * PI * i / n, cf = Math.cos(f), sf = Math.sin(f), lying = i % 2 == 0 ? 1 : 0;
            double[] xy = new double[50];
            for (int j = 0; j < 25; j++) {
                double u = Math.cos(2 * PI * j / 24) * 0.68 * len, w = Math.sin(2 * PI * j / 24) * 0.4 * len;
                double[] q = b.at(b.radius * cf - sf * u + lying * cf * w, b.radius * sf + cf * u + lying * sf * w,
                        (1 - lying) * w);
                xy[2 * j] = q[3];
                xy[2 * j + 1] = q[4];
            }
            links.add(new Object[]{b.at(b.radius * cf, b.radius * sf, 0)[2], path(false, xy)});
        }
        links.sort(Comparator.comparingDouble(l -> (Double) l[0]));
        for (Object[] l : links) {
            tube(p, (Shape) l[1], len * thick, b.m);
        }
        double[] c = b.at(0, b.radius, 0);
        plate(p, new RoundRectangle2D.Double(c[3] - 40, c[4] - 22, 80, 44, 40, 40), b.m, 0, r.nextLong());
        if (r.nextBoolean()) {
            pendant(p, r.nextInt(2), c[3] + 110, c[4] - 10, 140, r);
        }
    }

    /** Gem beads or pearls around the tilted circle, back to front, with metal spacers. */
    private static void beadBracelet(Pen p, Band b, Random r) {
        Style s = p.s;
        double rad = 22 + r.nextDouble() * 12;
        int n = (int) (2 * PI * b.radius / (2 * rad + 3)), spacer = 3 + r.nextInt(4);
        List<double[]> beads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] q = b.at(b.radius * Math.cos(2 * PI * i / n), b.radius * Math.sin(2 * PI * i / n), 0);
            beads.add(new double[]{q[2], q[3], q[4], i});
        }
        beads.sort(Comparator.comparingDouble(q -> q[0]));
        Gem main = s.gem != null ? s.gem : s.pearl, alt = s.pearl != null ? s.pearl : s.gem2;
        long h = r.nextLong();
        for (double[] q : beads) {
            int i = (int) q[3];
            double br = rad * 2400 / (2400 - q[0]);
            if (main == null || i % spacer == 0) {
                ball(p, q[1], q[2], main == null ? br : br * 0.55, s.metal);
            } else {
                bead(p, alt != null && i % 2 == 0 ? alt : main, q[1], q[2], br, h + i);
            }
        }
    }

    // ------------------------------------------------------------------ 3D bands

    /** Turns a band into a two-strand twisted rope. */
    private static Band twist(Band b, Random r) {
        b.twist = (int) (b.radius / 16) + r.nextInt(6);
        b.twistR = b.ra * 0.5;
        b.ra *= 0.55;
        b.ax = b.ra;
        b.expo = 2;
        b.seg = (int) (b.twist * 10);
        b.prof = 7;
        b.hammer = 0;
        return b;
    }

    /** Queues the visible faces (and hammer dents) of a band for {@link #flush}; the shadow pass strokes its centre. */
    private static void band(Pen p, Band b) {
        if (p.sil) {
            double[] xy = new double[182];
            for (int i = 0; i <= 90; i++) {
                double f = b.from + (b.to - b.from) * i / 90;
                double[] q = b.at(b.radius * Math.cos(f), b.radius * Math.sin(f), b.axial);
                xy[2 * i] = q[3];
                xy[2 * i + 1] = q[4];
            }
            if (p.flat) {
                stroke(p.g, path(false, xy), 2 * Math.max(b.ra, b.ax) + 2 * b.twistR, Color.BLACK, null);
            }
            return;
        }
        double[][] prof = profile(b);
        int n = b.seg, k = prof.length;
        double dentR = Math.min(17, 0.45 * b.ax), step = b.radius * (b.to - b.from) / n;
        for (int strand = 0; strand < (b.twistR > 0 ? 2 : 1); strand++) {
            double[][][] pt = new double[n + 1][k][];
            double[][] c = new double[n + 1][];
            for (int i = 0; i <= n; i++) {
                double f = b.from + (b.to - b.from) * i / n, cf = Math.cos(f), sf = Math.sin(f),
                        tw = b.twist * f + strand * PI;
                double du = b.twistR * Math.cos(tw), dv = b.twistR * Math.sin(tw) + b.axial;
                c[i] = b.at((b.radius + du) * cf, (b.radius + du) * sf, dv);
                for (int j = 0; j < k; j++) {
                    pt[i][j] = b.at((b.radius + prof[j][0] + du) * cf, (b.radius + prof[j][0] + du) * sf,
                            prof[j][1] + dv);
                }
            }
            for (int i = 0; i < n; i++) {
                double[] mid = {(c[i][0] + c[i + 1][0]) / 2, (c[i][1] + c[i + 1][1]) / 2, (c[i][2] + c[i + 1][2]) / 2};
                for (int j = 0; j < k; j++) {
                    double[][] q = {pt[i][j], pt[i + 1][j], pt[i + 1][(j + 1) % k], pt[i][(j + 1) % k]};
                    double[] nrm = face(p, b, q, mid);
                    if (nrm != null && nrm[2] > 0.5 && b.hammer > 0 && Math.abs(prof[j][1]) < b.ax - dentR * 0.9
                            && hash(b.h, i, j * 7 + strand) < step * 7 * 2.4 / sq(2 * dentR)) {
                        dent(p, b, q, nrm, dentR * (0.7 + 0.3 * hash(b.h, j, i)), hash(b.h, i, j + 99));
                    }
                }
            }
            if (b.to - b.from < 2 * PI - 1e-6) { // end caps of a cuff
                face(p, b, pt[0], c[1]);
                face(p, b, pt[n], c[n - 1]);
            }
        }
    }

    /** Superellipse cross-section resampled to even arc length: {radial, axial} offsets. */
    private static double[][] profile(Band b) {
        int fine = 240;
        double[] u = new double[fine + 1], v = new double[fine + 1], acc = new double[fine + 1];
        for (int i = 0; i <= fine; i++) {
            double t = 2 * PI * i / fine;
            u[i] = b.ra * Math.copySign(Math.pow(Math.abs(Math.cos(t)), 2 / b.expo), Math.cos(t));
            v[i] = b.ax * Math.copySign(Math.pow(Math.abs(Math.sin(t)), 2 / b.expo), Math.sin(t));
            acc[i] = i == 0 ? 0 : acc[i - 1] + Math.hypot(u[i] - u[i - 1], v[i] - v[i - 1]);
        }
        double[][] out = new double[(int) Math.max(6, Math.min(b.prof, acc[fine] / 7))][];
        for (int j = 0, i = 0; j < out.length; j++) {
            double target = acc[fine] * j / out.length;
            while (acc[i + 1] < target) {
                i++;
            }
            double f = (target - acc[i]) / Math.max(1e-9, acc[i + 1] - acc[i]);
            out[j] = new double[]{u[i] + (u[i + 1] - u[i]) * f, v[i] + (v[i + 1] - v[i]) * f};
        }
        return out;
    }

    /** Queues a face if it looks at the viewer (grown by 0.7 so no seams show); returns its unit normal, or null. */
    private static double[] face(Pen p, Band b, double[][] q, double[] inside) {
        int k = q.length;
        double[] d1 = sub(q[k / 2], q[0]), d2 = sub(q[3 * k / 4], q[k / 4]), c = new double[5];
        for (double[] v : q) {
            for (int i = 0; i < 5; i++) {
                c[i] += v[i] / k;
            }
        }
        double[] n = unit(new double[]{d1[1] * d2[2] - d1[2] * d2[1], d1[2] * d2[0] - d1[0] * d2[2],
                d1[0] * d2[1] - d1[1] * d2[0]});
        double sign = Math.signum(n[0] * (c[0] - inside[0]) + n[1] * (c[1] - inside[1]) + n[2] * (c[2] - inside[2]));
        n = new double[]{n[0] * sign, n[1] * sign, n[2] * sign};
        if (n[2] <= 0) {
            return null;
        }
        double[] f = new double[2 + 2 * k];
        f[0] = c[2];
        f[1] = shade(b.m, n, p.bg) | 0xFF000000;
        for (int i = 0; i < k; i++) {
            double dx = q[i][3] - c[3], dy = q[i][4] - c[4], d = Math.max(1e-6, Math.hypot(dx, dy));
            f[2 + 2 * i] = q[i][3] + dx / d * 0.7;
            f[3 + 2 * i] = q[i][4] + dy / d * 0.7;
        }
        p.faces.add(f);
        return n;
    }

    /** A hammer mark: a small dent on the surface whose two halves catch the light differently. */
    private static void dent(Pen p, Band b, double[][] q, double[] n, double rad, double rnd) {
        double[] t1 = unit(sub(q[1], q[0])), t2 = unit(sub(q[3], q[0])), c = new double[3];
        double ca = Math.cos(rnd * 2 * PI), sa = Math.sin(rnd * 2 * PI);
        for (int i = 0; i < 3; i++) {
            c[i] = (q[0][i] + q[1][i] + q[2][i] + q[3][i]) / 4;
        }
        for (int half = -1; half <= 1; half += 2) {
            double[] f = new double[16], m = new double[3];
            for (int i = 0; i < 3; i++) {
                m[i] = n[i] + half * 0.24 * (t1[i] * ca + t2[i] * sa);
            }
            m = unit(m);
            m[2] = Math.max(0.02, m[2]);
            f[0] = c[2] + 20;
            f[1] = (shade(b.m, m, p.bg) & 0xFFFFFF) | 0x99000000;
            for (int i = 0; i < 7; i++) {
                double t = half * PI / 2 + PI * i / 6, u = Math.cos(t) * rad, w = Math.sin(t) * rad * 0.75;
                double[] xyz = new double[3];
                for (int a = 0; a < 3; a++) {
                    xyz[a] = c[a] + (t1[a] * ca + t2[a] * sa) * u + (t2[a] * ca - t1[a] * sa) * w;
                }
                f[2 + 2 * i] = b.cx + xyz[0] * 2400 / (2400 - xyz[2]);
                f[3 + 2 * i] = b.cy + xyz[1] * 2400 / (2400 - xyz[2]);
            }
            p.faces.add(f);
        }
    }

    /** Paints the queued faces back to front. */
    private static void flush(Pen p) {
        p.faces.sort(Comparator.comparingDouble(f -> f[0]));
        for (double[] f : p.faces) {
            fill(p.g, path(true, Arrays.copyOfRange(f, 2, f.length)), new Color((int) f[1], true));
        }
        p.faces.clear();
    }

    /** Studio-lit polished metal: reflections of an overhead soft box, two strip lights,
            a dark horizon and the backdrop. */
    private static int shade(Color[] m, double[] n, Color bg) {
        double rx = 2 * n[2] * n[0], ry = 2 * n[2] * n[1], rz = 2 * n[2] * n[2] - 1;
        double v = 0.3 + 0.45 * clamp((-ry - 0.05) / 0.5) + 0.7 * Math.exp(-sq((rx + 0.5) / 0.13)) * clamp(1.2 - ry)
                + 0.45 * Math.exp(-sq((rx - 0.62) / 0.15)) - 0.38 * Math.exp(-sq((ry - 0.12) / 0.16))
                + 0.8 * Math.pow(Math.max(0, -0.45 * rx - 0.62 * ry + 0.64 * rz), 30);
        return mix(ramp(m, v), bg, 0.25 * clamp(ry / 0.7)).getRGB();
    }

    // ------------------------------------------------------------------ metal

    /** A round wire along s, w thick: layered strokes shifted towards the light read as a lit cylinder. */
    private static void tube(Pen p, Shape s, double w, Color[] m) {
        if (p.sil) {
            stroke(p.g, s, w, Color.BLACK, null);
            return;
        }
        double[][] layers = {{1, 0, 0}, {0.8, 0, 1}, {0.56, 0.07, 2}, {0.3, 0.125, 3}, {w > 4 ? 0.1 : 0, 0.16, 4}};
        for (double[] l : layers) {
            if (l[0] > 0) {
                Shape shifted = l[1] == 0 ? s : AffineTransform.getTranslateInstance(-w * l[1],
                        -w * l[1] * 1.25).createTransformedShape(s);
                stroke(p.g, shifted, w * l[0], m[(int) l[2]], null);
            }
        }
    }

    private static void ball(Pen p, double x, double y, double r, Color[] m) {
        fill(p.g, oval(x, y, r, r), p.sil ? Color.BLACK : new RadialGradientPaint(new Point2D.Double(x, y),
                (float) Math.max(r * 1.05, 0.5),
                new Point2D.Double(x - 0.38 * r, y - 0.42 * r), new float[]{0f, 0.14f, 0.45f, 0.8f, 1f},
                new Color[]{m[4], m[3], m[2], m[1], m[0]}, RadialGradientPaint.CycleMethod.NO_CYCLE));
    }

    /** A polished sheet: diagonal reflections, darker bevelled rim, a highlight edge and optional hammer dimples. */
    private static void plate(Pen p, Shape s, Color[] m, double hammer, long h) {
        Graphics2D g = p.g;
        if (p.sil) {
            fill(g, s, Color.BLACK);
            return;
        }
        Rectangle2D b = s.getBounds2D();
        double size = Math.max(4, Math.min(b.getWidth(), b.getHeight()));
        fill(g, s, new LinearGradientPaint(new Point2D.Double(b.getX(), b.getY()), new Point2D.Double(b.getMaxX() + 1,
                b.getMaxY() + 1),
                new float[]{0f, 0.3f, 0.5f, 0.72f, 1f}, new Color[]{m[3], m[2], m[3], m[2], m[1]}));
        clipped(g, s, () -> {
            for (int i = 0; hammer > 0 && i < Math.min(220, b.getWidth() * b.getHeight() / 260); i++) {
                double x = b.getX() + hash(h, i, 1) * b.getWidth(), y = b.getY() + hash(h, i, 2) * b.getHeight(),
                        r = 5 + 6 * hash(h, i, 3);
                fill(g, new Ellipse2D.Double(x - r, y - r, r * 1.9, r * 1.7), alpha(m[0], 40));
                fill(g, new Ellipse2D.Double(x - r * 0.5, y - r * 0.4, r * 1.5, r * 1.3), alpha(m[4], 90));
            }
            stroke(g, s, size * 0.16, alpha(m[0], 70), null);
            stroke(g, AffineTransform.getTranslateInstance(size * 0.03, size * 0.035).createTransformedShape(s),
                    size * 0.04, alpha(m[4], 150), null);
        });
        stroke(g, s, 1.6, m[0], null);
    }

    /** Glossy enamel in a metal (cloisonné) outline. */
    private static void enamel(Pen p, Shape s, Color col, Color[] m) {
        if (!p.sil) {
            Rectangle2D b = s.getBounds2D();
            double size = Math.min(b.getWidth(), b.getHeight());
            fill(p.g, s, new GradientPaint((float) b.getX(), (float) b.getY(), mix(col, Color.WHITE, 0.3),
                    (float) b.getMaxX(),
                    (float) b.getMaxY(), mix(col, Color.BLACK, 0.3)));
            clipped(p.g, s, () -> stroke(p.g, AffineTransform.getTranslateInstance(size * 0.08,
                    size * 0.1).createTransformedShape(s),
                    size * 0.07, new Color(255, 255, 255, 90), null));
        }
        tube(p, s, 6, m);
    }

    /** Granulation: n metal beads of radius br along a closed outline, pushed outwards by off. */
    private static void beadRing(Pen p, Shape outline, int n, double br, double off, Color[] m) {
        Rectangle2D b = outline.getBounds2D();
        List<double[]> pts = sample(outline, sample(outline, 1).size() / (double) n);
        for (int i = 0; i < Math.min(n, pts.size()); i++) {
            double[] q = pts.get(i);
            double dx = q[0] - b.getCenterX(), dy = q[1] - b.getCenterY(), d = Math.max(1, Math.hypot(dx, dy));
            ball(p, q[0] + dx / d * off, q[1] + dy / d * off, br, m);
        }
    }

    // ------------------------------------------------------------------ stones

    /** A stone seen from above: cut 0 round/oval brilliant, 1 emerald cut,
            2 pear; cabochon or pearl by kind; null = metal dome. */
    private static void gem(Pen p, Gem d, double x, double y, double rx, double ry, int cut, long h) {
        Graphics2D g = p.g;
        if (d == null || d.kind == PEARL) {
            if (d == null) {
                ball(p, x, y, Math.min(rx, ry), p.s.metal);
            } else {
                pearl(p, d, x, y, rx, ry);
            }
            return;
        }
        Shape outline = cut == 2 ? pearShape(x, y, rx, ry) : cut == 1 ? path(true, octagon(x, y, rx, ry)) : oval(x, y,
                rx, ry);
        if (p.sil || d.kind == CAB) {
            cab(p, d, outline, h);
            return;
        }
        Color[] ramp = d.ramp();
        fill(g, outline, d.dark);
        Shape table;
        if (cut == 1) { // step cut: two rings of trapezoid facets around a table
            for (int ring = 0; ring < 2; ring++) {
                double[] a = octagon(x, y, rx * (1 - ring * 0.22), ry * (1 - ring * 0.22)), c = octagon(x, y,
                        rx * (0.78 - ring * 0.22), ry * (0.78 - ring * 0.22));
                for (int i = 0; i < 8; i++) {
                    int j = (i + 1) % 8;
                    double light = 0.55 + 0.35 * Math.cos((i + 0.5) * PI / 4 + PI / 2 + 0.6) * (ring == 0 ? 1 : -1);
                    facet(g, ramp, light + 0.15 * (hash(h, i, ring) - 0.5), a[2 * i], a[2 * i + 1], a[2 * j],
                            a[2 * j + 1], c[2 * j], c[2 * j + 1], c[2 * i], c[2 * i + 1]);
                }
            }
            table = path(true, octagon(x, y, rx * 0.56, ry * 0.56));
        } else if (cut == 2) { // pear: ring of facets around a pear-shaped table
            double[] o = pearPoints(x, y, rx, ry), in = pearPoints(x, y + ry * 0.08, rx * 0.5, ry * 0.5);
            for (int i = 0, n = o.length / 2; i < n; i++) {
                int j = (i + 1) % n;
                double light = 0.5 + 0.35 * Math.cos(Math.atan2(o[2 * i + 1] - y, o[2 * i] - x) + 2.3) + (i % 2) * 0.18;
                facet(g, ramp, light + 0.2 * (hash(h, i, 0) - 0.5), o[2 * i], o[2 * i + 1], o[2 * j], o[2 * j + 1],
                        in[2 * j], in[2 * j + 1], in[2 * i], in[2 * i + 1]);
            }
            table = path(true, in);
        } else { // brilliant: 16 girdle points, octagonal table, star and bezel facets
            double[] gx = new double[16], gy = new double[16], tx = new double[8], ty = new double[8],
                    t = new double[16];
            for (int i = 0; i < 16; i++) {
                gx[i] = x + rx * Math.cos(-PI / 2 + i * PI / 8);
                gy[i] = y + ry * Math.sin(-PI / 2 + i * PI / 8);
            }
            for (int j = 0; j < 8; j++) {
                t[2 * j] = tx[j] = x + 0.56 * (gx[2 * j] - x);
                t[2 * j + 1] = ty[j] = y + 0.56 * (gy[2 * j] - y);
            }
            for (int j = 0; j < 8; j++) {
                int jn = (j + 1) % 8, gp = (2 * j + 15) % 16, g0 = 2 * j, g1 = 2 * j + 1;
                double a = -PI / 2 + j * PI / 4, lt = Math.cos(a + 2.4);
                facet(g, ramp, 0.55 + 0.3 * lt + 0.2 * (hash(h, j, 1) - 0.5), tx[j], ty[j], gx[gp], gy[gp], gx[g0],
                        gy[g0]);
                facet(g, ramp, 0.45 - 0.3 * lt + 0.25 * (hash(h, j, 2) - 0.5), tx[j], ty[j], gx[g0], gy[g0], gx[g1],
                        gy[g1]);
                facet(g, ramp, 0.62 + 0.25 * Math.cos(a + PI / 8 + 2.4) + 0.2 * (hash(h, j, 3) - 0.5), tx[j], ty[j],
                        tx[jn], ty[jn], gx[g1], gy[g1]);
            }
            table = path(true, t);
        }
        fill(g, table, new GradientPaint((float) (x - rx * 0.5), (float) (y - ry * 0.5), ramp[3],
                (float) (x + rx * 0.5), (float) (y + ry * 0.5), ramp[2]));
        stroke(g, table, Math.max(0.8, rx * 0.02), alpha(ramp[4], 90), null);
        stroke(g, outline, Math.max(1, rx * 0.04), alpha(d.dark, 200), null);
        glint(g, x - rx * 0.3, y - ry * 0.35, Math.max(4, rx * 0.35));
        if (rx > 20) {
            glint(g, x + rx * 0.35, y + ry * 0.25, rx * 0.18);
        }
    }

    private static void facet(Graphics2D g, Color[] ramp, double v, double... xy) {
        Shape f = path(true, xy);
        fill(g, f, ramp(ramp, v));
        g.setStroke(new BasicStroke(0.8f));
        g.setColor(alpha(ramp[4], 60));
        g.draw(f);
    }

    /** A cabochon (polished dome) filling any shape, with the stone's optical effect. */
    private static void cab(Pen p, Gem d, Shape s, long h) {
        Graphics2D g = p.g;
        if (p.sil) {
            fill(g, s, Color.BLACK);
            return;
        }
        Rectangle2D b = s.getBounds2D();
        double w = b.getWidth(), ht = b.getHeight(), cx = b.getCenterX(), cy = b.getCenterY(), r = Math.max(w, ht) / 2;
        fill(g, s, new RadialGradientPaint(new Point2D.Double(cx, cy), (float) Math.max(r * 1.05, 1),
                new Point2D.Double(cx - w * 0.18, cy - ht * 0.2),
                new float[]{0f, 0.55f, 1f}, new Color[]{d.light, d.base, d.dark},
                        RadialGradientPaint.CycleMethod.NO_CYCLE));
        clipped(g, s, () -> {
            if (d.fx == OPAL) { // play of colour
                Color[] play = {new Color(60, 200, 220), new Color(90, 220, 120), new Color(170, 90, 230),
                        new Color(255, 150, 60), new Color(255, 110, 170)};
                for (int i = 0; i < 26; i++) {
                    double fr = r * (0.08 + 0.16 * hash(h, i, 3));
                    fill(g, oval(b.getX() + hash(h, i, 1) * w, b.getY() + hash(h, i, 2) * ht, fr, fr * 0.6),
                            alpha(play[i % play.length], 110));
                }
            } else if (d.fx == VEINS) { // matrix veins
                for (int i = 0; i < 6; i++) {
                    double[] xy = new double[12];
                    xy[0] = b.getX() + hash(h, i, 4) * w;
                    xy[1] = b.getY() + hash(h, i, 5) * ht;
                    for (int j = 1; j < 6; j++) {
                        xy[2 * j] = xy[2 * j - 2] + (hash(h, i * 9 + j, 6) - 0.5) * r * 0.6;
                        xy[2 * j + 1] = xy[2 * j - 1] + (hash(h, i * 9 + j, 7) - 0.5) * r * 0.6;
                    }
                    stroke(g, path(false, xy), Math.max(1, r * 0.025), alpha(d.base.getGreen() > 150 ? new Color(90,
                            60, 40) : d.dark, 120), null);
                }
            } else if (d.fx == MOON) { // blue sheen
                fill(g, s, new RadialGradientPaint(new Point2D.Double(cx + w * 0.1, cy + ht * 0.1),
                        (float) Math.max(r * 0.7, 1),
                        new float[]{0f, 1f}, new Color[]{new Color(140, 180, 255, 130), new Color(140, 180, 255, 0)}));
            } else if (d.fx == LAB) { // labradorescence
                fill(g, s, new LinearGradientPaint(new Point2D.Double(b.getX(), b.getMaxY()),
                        new Point2D.Double(b.getMaxX(), b.getY()),
                        new float[]{0f, 0.4f, 0.55f, 0.7f, 1f}, new Color[]{new Color(40, 150, 220, 0), new Color(40,
                                150, 220, 170),
                        new Color(80, 210, 170, 150), new Color(230, 200, 80, 90), new Color(230, 200, 80, 0)}));
            }
            fill(g, s, new RadialGradientPaint(new Point2D.Double(cx - w * 0.2, cy - ht * 0.24),
                    (float) Math.max(r * 0.45, 1),
                    new float[]{0f, 1f}, new Color[]{new Color(255, 255, 255, 170), new Color(255, 255, 255, 0)}));
            fill(g, new Ellipse2D.Double(cx - w * 0.3, cy - ht * 0.33, w * 0.14, ht * 0.09), new Color(255, 255, 255,
                    230));
        });
        stroke(g, s, Math.max(1, r * 0.03), alpha(d.dark, 150), null);
    }

    /** A lustrous pearl: soft radial body, pink and green overtones, crisp highlight. */
    private static void pearl(Pen p, Gem d, double x, double y, double rx, double ry) {
        Graphics2D g = p.g;
        Shape s = oval(x, y, rx, ry);
        double r = Math.max(rx, ry);
        if (p.sil) {
            fill(g, s, Color.BLACK);
            return;
        }
        fill(g, s, new RadialGradientPaint(new Point2D.Double(x, y), (float) Math.max(r, 1),
                new Point2D.Double(x - 0.35 * rx, y - 0.4 * ry),
                new float[]{0f, 0.25f, 0.7f, 0.9f, 1f}, new Color[]{Color.WHITE, d.light, d.base, mix(d.base, d.dark,
                        0.5), d.dark},
                RadialGradientPaint.CycleMethod.NO_CYCLE));
        fill(g, s, new RadialGradientPaint(new Point2D.Double(x + 0.35 * rx, y + 0.45 * ry), (float) Math.max(r * 0.7,
                1),
                new float[]{0f, 1f}, new Color[]{new Color(255, 200, 215, 90), new Color(255, 200, 215, 0)}));
        fill(g, s, new RadialGradientPaint(new Point2D.Double(x - 0.5 * rx, y + 0.3 * ry), (float) Math.max(r * 0.5, 1),
                new float[]{0f, 1f}, new Color[]{new Color(190, 235, 225, 60), new Color(190, 235, 225, 0)}));
        fill(g, new Ellipse2D.Double(x - 0.45 * rx, y - 0.52 * ry, 0.3 * rx, 0.22 * ry), new Color(255, 255, 255, 235));
    }

    /** A round bead: pearl, polished gem sphere or (null) metal. */
    private static void bead(Pen p, Gem d, double x, double y, double r, long h) {
        if (d == null || d.kind == PEARL) {
            gem(p, d, x, y, r, r, 0, h);
        } else {
            cab(p, d, oval(x, y, r, r), h);
        }
    }

    /** The stone on top of a ring, seen from the side: prong-set faceted stone, bezel cabochon, pearl on a cup,
            or metal dome. */
    private static void gemSide(Pen p, Gem d, Color[] m, double x, double y, double w, long h, boolean sixProngs) {
        Graphics2D g = p.g;
        double hw = w / 2, gy = y - w * (d != null && d.kind == FACETED ? 0.36 : 0.2);
        if (d == null || d.kind != FACETED) {
            boolean pearl = d != null && d.kind == PEARL;
            Shape dome = new Arc2D.Double(x - hw * 0.96, gy - w * 0.37, w * 0.96, w * 0.74, 0, 180, Arc2D.CHORD);
            if (pearl) {
                pearl(p, d, x, y - w * 0.48, w * 0.44, w * 0.44);
            } else if (d == null) {
                plate(p, dome, m, 0, h);
            } else {
                cab(p, d, dome, h);
            }
            double cw = pearl ? hw * 0.45 : hw, ch = pearl ? w * 0.12 : w * 0.2; // the cup / bezel below
            Path2D cup = new Path2D.Double();
            cup.moveTo(x - cw, y - ch);
            cup.lineTo(x + cw, y - ch);
            cup.quadTo(x + cw * 0.8, y, x + cw * 0.4, y);
            cup.lineTo(x - cw * 0.4, y);
            cup.quadTo(x - cw * 0.8, y, x - cw, y - ch);
            plate(p, cup, m, 0, h);
            if (!pearl) {
                tube(p, new Line2D.Double(x - hw * 0.97, gy, x + hw * 0.97, gy), w * 0.06, m);
            }
            return;
        }
        double top = gy - w * 0.2, cul = y - w * 0.02;
        Color[] ramp = d.ramp();
        for (int i = 0; i < 8; i++) { // pavilion
            facet(g, ramp, 0.25 + 0.45 * hash(h, i, 11) + (i == 2 ? 0.3 : 0), x + hw * (-1 + i * 0.25), gy,
                    x + hw * (-0.75 + i * 0.25), gy, x, cul);
        }
        tube(p, new Line2D.Double(x - hw * 0.45, gy + w * 0.16, x + hw * 0.45, gy + w * 0.16), w * 0.055, m);
        for (int i = 0; i < 4; i++) { // crown
            double ga = x + hw * (-1 + i * 0.5), gb = ga + hw * 0.5, ta = x + hw * 0.56 * (-1 + i * 0.5),
                    tb = ta + hw * 0.28;
            facet(g, ramp, 0.85 - i * 0.17 + 0.1 * hash(h, i, 12), ga, gy, gb, gy, tb, top);
            facet(g, ramp, 0.67 - i * 0.17 + 0.1 * hash(h, i, 13), ga, gy, tb, top, ta, top);
        }
        stroke(g, new Line2D.Double(x - hw * 0.56, top, x + hw * 0.56, top), Math.max(1, w * 0.012),
                alpha(Color.WHITE, 200), null);
        stroke(g, new Line2D.Double(x - hw, gy, x + hw, gy), Math.max(1, w * 0.01), alpha(ramp[3], 160), null);
        for (int s = -1; s <= 1; s += 2) { // prongs
            Path2D pr = new Path2D.Double();
            pr.moveTo(x + s * hw * 0.3, y + 2);
            pr.quadTo(x + s * hw * 1.06, gy + w * 0.14, x + s * hw, gy);
            pr.lineTo(x + s * hw * 0.86, gy - w * 0.11);
            tube(p, pr, w * 0.075, m);
            if (sixProngs) {
                Path2D in = new Path2D.Double();
                in.moveTo(x + s * hw * 0.15, y + 2);
                in.quadTo(x + s * hw * 0.5, gy + w * 0.1, x + s * hw * 0.45, gy - w * 0.02);
                in.lineTo(x + s * hw * 0.4, gy - w * 0.17);
                tube(p, in, w * 0.06, m);
            }
        }
        glint(g, x - hw * 0.25, top + w * 0.05, w * 0.16);
        glint(g, x + hw * 0.2, gy + w * 0.08, w * 0.09);
    }

    /** A four-pointed sparkle with a soft glow. */
    private static void glint(Graphics2D g, double x, double y, double s) {
        Path2D st = new Path2D.Double();
        st.moveTo(x, y - s);
        st.quadTo(x, y, x + s, y);
        st.quadTo(x, y, x, y + s);
        st.quadTo(x, y, x - s, y);
        st.quadTo(x, y, x, y - s);
        fill(g, st, new Color(255, 255, 255, 220));
        fill(g, oval(x, y, s * 0.5, s * 0.5), new RadialGradientPaint(new Point2D.Double(x, y),
                (float) Math.max(s * 0.5, 1),
                new float[]{0f, 1f}, new Color[]{new Color(255, 255, 255, 200), new Color(255, 255, 255, 0)}));
    }

    // ------------------------------------------------------------------ shapes

    private static Ellipse2D oval(double x, double y, double rx, double ry) {
        return new Ellipse2D.Double(x - rx, y - ry, 2 * rx, 2 * ry);
    }

    /** A polyline (closed or open) through x, y pairs. */
    private static Path2D path(boolean close, double... xy) {
        Path2D s = new Path2D.Double();
        s.moveTo(xy[0], xy[1]);
        for (int i = 2; i + 1 < xy.length; i += 2) {
            s.lineTo(xy[i], xy[i + 1]);
        }
        if (close) {
            s.closePath();
        }
        return s;
    }

    /** A leaf or petal from (x, y) along direction ang; round widens the tip. */
    private static Shape leafShape(double x, double y, double len, double w, double ang, double round) {
        Path2D l = new Path2D.Double();
        l.moveTo(0, 0);
        l.curveTo(w * 1.15, len * 0.2, w * (0.6 + round * 0.4), len * (0.7 + round * 0.25), 0, len);
        l.curveTo(-w * (0.6 + round * 0.4), len * (0.7 + round * 0.25), -w * 1.15, len * 0.2, 0, 0);
        AffineTransform t = AffineTransform.getTranslateInstance(x, y);
        t.rotate(ang - PI / 2);
        return t.createTransformedShape(l);
    }

    /** Teardrop outline, point up. */
    private static double[] pearPoints(double x, double y, double rx, double ry) {
        double[] o = new double[48];
        for (int i = 0; i < 24; i++) {
            double t = 2 * PI * i / 24;
            o[2 * i] = x + rx * 1.25 * Math.sin(t) * Math.pow(Math.abs(Math.sin(t / 2)), 1.2);
            o[2 * i + 1] = y - ry * Math.cos(t);
        }
        return o;
    }

    private static Shape pearShape(double x, double y, double rx, double ry) {
        return path(true, pearPoints(x, y, rx, ry));
    }

    /** Rectangle with cut corners (emerald cut outline). */
    private static double[] octagon(double x, double y, double a, double b) {
        double c = Math.min(a, b) * 0.3;
        return new double[]{x - a + c, y - b, x + a - c, y - b, x + a, y - b + c, x + a, y + b - c, x + a - c, y + b,
                x - a + c, y + b, x - a, y + b - c, x - a, y - b + c};
    }

    /** A star with n points (outer radius r, inner ri); ri == r gives a regular n-gon. */
    private static Shape star(double x, double y, double r, double ri, int n, double a0) {
        double[] xy = new double[4 * n];
        for (int i = 0; i < 2 * n; i++) {
            double rr = i % 2 == 0 ? r : ri == r ? r * Math.cos(PI / n) : ri; // a polygon's odd points sit mid-edge
            xy[2 * i] = x + rr * Math.cos(a0 + PI * i / n);
            xy[2 * i + 1] = y + rr * Math.sin(a0 + PI * i / n);
        }
        return path(true, xy);
    }

    /** Points every step along a (flattened) path: {x, y, direction}. */
    private static List<double[]> sample(Shape s, double step) {
        List<double[]> out = new ArrayList<>();
        double[] c = new double[6];
        double px = 0, py = 0, sx = 0, sy = 0, acc = 0;
        for (PathIterator it = s.getPathIterator(null, 0.5); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (type == PathIterator.SEG_MOVETO) {
                px = sx = c[0];
                py = sy = c[1];
                out.add(new double[]{px, py, 0});
                acc = 0;
                continue;
            }
            double ex = type == PathIterator.SEG_CLOSE ? sx : c[0], ey = type == PathIterator.SEG_CLOSE ? sy : c[1];
            double dx = ex - px, dy = ey - py, len = Math.hypot(dx, dy), ang = Math.atan2(dy, dx), d = step - acc;
            if (out.size() == 1) {
                out.get(0)[2] = ang;
            }
            for (; d <= len; d += step) {
                out.add(new double[]{px + dx * d / len, py + dy * d / len, ang});
            }
            acc = len - (d - step);
            px = ex;
            py = ey;
        }
        return out;
    }

    // ------------------------------------------------------------------ painting helpers

    private static void fill(Graphics2D g, Shape s, Paint paint) {
        g.setPaint(paint);
        g.fill(s);
    }

    private static void stroke(Graphics2D g, Shape s, double w, Color c, float[] dash) {
        g.setStroke(dash == null ? new BasicStroke((float) w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                : new BasicStroke((float) w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, dash, 0f));
        g.setColor(c);
        g.draw(s);
    }

    private static void clipped(Graphics2D g, Shape clip, Runnable paint) {
        Shape old = g.getClip();
        g.clip(clip);
        paint.run();
        g.setClip(old);
    }

    // ------------------------------------------------------------------ materials and maths

    private static Style style(List<String> materials, Random r) {
        Style s = new Style();
        String enamel = null;
        for (String raw : materials == null ? List.<String>of() : materials) {
            String m = raw == null ? "" : raw.toLowerCase(Locale.ROOT);
            String[] gem = m.contains("enamel") ? null : split(find(GEMS, m));
            if (m.contains("enamel")) {
                enamel = enamel == null ? m : enamel;
            } else if (gem != null && gem[3].charAt(0) == 'P') {
                boolean dark = m.contains("black") || m.contains("tahiti");
                s.pearl = s.pearl != null ? s.pearl : gem(dark ? gem : pearlTint(gem, r));
            } else if (gem != null) {
                s.gem2 = s.gem != null && s.gem2 == null ? gem(gem) : s.gem2;
                s.gem = s.gem == null ? gem(gem) : s.gem;
            } else if (s.metal == null && find(METALS, m) != null) {
                s.metal = metal(m);
            }
        }
        s.metal = s.metal == null ? SILVER : s.metal;
        if (enamel != null) { // a named colour wins, else a random one that stands out from the metal
            int idx = r.nextInt(ENAMELS.length);
            while (distance(new Color(Integer.parseInt(ENAMELS[idx].split("=")[1], 16)), s.metal[2]) < 90) {
                idx = (idx + 1) % ENAMELS.length;
            }
            String named = find(ENAMELS, enamel);
            s.enamel = new Color(Integer.parseInt(named != null ? named : ENAMELS[idx].split("=")[1], 16));
        }
        s.tone = new int[]{0, 0, 0, 1, 1, 1, 2, 2, 3, 4}[r.nextInt(10)];
        return s;
    }

    /** The value for the first entry whose '|'-separated keys occur in the material, or null. */
    private static String find(String[] table, String material) {
        for (String e : table) {
            for (String key : e.substring(0, e.indexOf('=')).split("\\|")) {
                if (material.contains(key)) {
                    return e.substring(e.indexOf('=') + 1);
                }
            }
        }
        return null;
    }

    private static String[] split(String spec) {
        return spec == null ? null : spec.split(" ");
    }

    private static Color[] metal(String material) {
        String[] f = split(find(METALS, material));
        Color[] c = new Color[f.length];
        for (int i = 0; i < f.length; i++) {
            c[i] = new Color(Integer.parseInt(f[i], 16));
        }
        return c;
    }

    private static Gem gem(String[] f) {
        return new Gem(new Color(Integer.parseInt(f[0], 16)), new Color(Integer.parseInt(f[1], 16)),
                new Color(Integer.parseInt(f[2], 16)),
                "FCP".indexOf(f[3].charAt(0)), f[3].length() > 1 ? " OLVM".indexOf(f[3].charAt(1)) : 0);
    }

    /** Freshwater pearls come in white, blush and silver-grey. */
    private static String[] pearlTint(String[] f, Random r) {
        return switch (r.nextInt(5)) {
            case 0 -> new String[]{"B08A86", "F2D8D2", "FFFFFF", "P"};
            case 1 -> new String[]{"8A8680", "D4D0CA", "FAF8F4", "P"};
            default -> f;
        };
    }

    private static double[] sub(double[] a, double[] b) {
        return new double[]{a[0] - b[0], a[1] - b[1], a[2] - b[2]};
    }

    private static double[] unit(double[] v) {
        double l = Math.max(1e-9, Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]));
        return new double[]{v[0] / l, v[1] / l, v[2] / l};
    }

    private static double sq(double v) {
        return v * v;
    }

    private static double clamp(double v) {
        return v < 0 ? 0 : v > 1 ? 1 : v;
    }

    private static long mix(long a, long b) {
        long x = a * 0x9E3779B97F4A7C15L + b * 0xC2B2AE3D27D4EB4FL;
        x = (x ^ x >>> 31) * 0xBF58476D1CE4E5B9L;
        return x ^ x >>> 29;
    }

    /** Deterministic pseudo-random value in [0, 1) from a seed and two indices. */
    private static double hash(long h, long a, long b) {
        return (mix(h ^ a * 0x632BE59BD9B4E019L, b) >>> 11) * 0x1.0p-53;
    }

    private static Color mix(Color a, Color b, double t) {
        t = clamp(t);
        return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                        (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }

    private static double distance(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen())
                + Math.abs(a.getBlue() - b.getBlue());
    }

    private static Color alpha(Color c, int a) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), Math.max(0, Math.min(255, a)));
    }

    private static Color ramp(Color[] c, double v) {
        v = clamp(v) * (c.length - 1);
        int i = Math.min((int) v, c.length - 2);
        return mix(c[i], c[i + 1], v - i);
    }
}
