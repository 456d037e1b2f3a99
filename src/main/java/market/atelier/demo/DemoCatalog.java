package market.atelier.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The demo marketplace a newcomer sees on first start: nine artisan shops across Europe and their pieces.
 *
 * <p>Everything here is fixed text, so {@link #shops()} returns the same (immutable) result on every call.
 * Each shop is written in its own method; its listings are added through a small {@link Pieces} builder so that a
 * row reads as "category, title, price, stock, materials, techniques, dimensions, weight, texts" instead of a
 * fourteen-argument constructor call. Prices are in euro cents.
 */
public final class DemoCatalog {

    private static final List<DemoShop> SHOPS = List.of(
            oficinaMare(),
            filigranaDaRibeira(),
            werkstattGruenspan(),
            hafenform(),
            atelierWendt(),
            firthAndFern(),
            bottegaSarti(),
            vuurEnGlas(),
            drutIKamien());

    private DemoCatalog() {
    }

    /** The demo shops, in display order; deterministic and immutable. */
    public static List<DemoShop> shops() {
        return SHOPS;
    }

    // ------------------------------------------------------------------------------------------------------------
    // 1. Lisbon: silversmith, the demo owner's own shop
    // ------------------------------------------------------------------------------------------------------------

    private static DemoShop oficinaMare() {
        int days = 3;
        Pieces p = new Pieces(days);

        p.stock("rings", "Hammered 925 silver stacking ring", 4200, 12,
                "925 silver", "hand forging, hammer texturing",
                "Band 2 mm wide, 1.3 mm thick; sizes 48 to 62", 2.1,
                "A slim band forged from round wire, flattened on the anvil and textured with the rounded peen of a "
                        + "small hammer. It catches the light the way the Tejo does at low tide. Wear one on its own "
                        + "or stack three.",
                "Every band is hammered by hand, so the facets fall differently on each ring and no two stacks look "
                        + "exactly alike.",
                "Slim silver stacking ring with a faceted, hammered surface resting on undyed linen");

        p.unique("rings", "Oxidised silver signet with a reticulated face", 14800,
                "925 silver", "reticulation, hand forging, oxidising",
                "Face 12 x 10 mm, band tapering from 6 to 3 mm; size 57", 8.6,
                "A chunky oval signet whose face was reticulated over the torch until the surface wrinkled and folded "
                        + "like a dried riverbed. The hollows are oxidised dark and the ridges polished back to bright "
                        + "silver. The band is solid and comfortable enough to wear every day.",
                "Reticulation can't be repeated: the pattern on this face formed in a single heating, and this is the "
                        + "only one like it.",
                "Oval silver signet ring with a rippled top, dark in the hollows and bright on the ridges, on grey "
                        + "slate");

        p.unique("rings", "London blue topaz ring in a hand-raised bezel", 19500,
                "925 silver, London blue topaz", "stone setting, hand forging",
                "Oval stone 8 x 6 mm, band 2.5 mm half-round; size 54", 4.3,
                "An oval London blue topaz, a deep inky teal, set in a tall fine-silver bezel on a half-round band. "
                        + "Ines pushed the bezel over by hand and burnished it, so faint tool marks remain at the rim. "
                        + "It sits low on the finger and doesn't catch on knitwear.",
                "This topaz has a slightly darker zone at one end, which Ines turned to sit towards the knuckle.",
                "Silver ring with an oval deep blue topaz in a smooth bezel, on a weathered wooden windowsill");

        p.toOrder("rings", "Twisted Argentium silver band, made to your size", 6800, 8, 10,
                "935 Argentium silver", "hand forging",
                "Band 3 mm wide; any size from 44 to 70", 3.2,
                "Two strands of Argentium silver twisted together, fused into a rope-like band and gently rounded so "
                        + "it sits comfortably. Argentium resists tarnish better than ordinary sterling, which makes "
                        + "this a good ring for people who never take their rings off. Made in your size once you "
                        + "order.",
                "The twist is made by hand, so the number of turns around the band varies by a few from ring to ring.",
                "Rope-twisted silver band ring standing upright in a small white ceramic dish");

        p.stock("rings", "Garnet solitaire on a thin forged band", 8950, 6,
                "925 silver, garnet", "stone setting, hand forging, hammer texturing",
                "Round stone 4 mm, band 1.8 mm; sizes 48 to 60", 2.4,
                "A 4 mm round garnet, wine red with a hint of plum, set in a fine-silver collar on top of a thin "
                        + "forged band. Delicate enough to stack, bright enough to wear on its own.",
                "Garnets vary in depth of colour. Yours will come from the same small parcel as the one in the photo, "
                        + "so expect a close shade rather than an identical one.",
                "Thin silver ring with a small round red garnet in a collar setting, held between two fingertips");

        p.unique("necklaces", "Labradorite pendant on a forged silver bail, 45 cm chain", 12400,
                "925 silver, labradorite", "stone setting, hand forging",
                "Pendant 28 x 16 mm; curb chain 1.5 mm, 45 cm", 7.8,
                "A long freeform labradorite with a strong blue-green flash, held in an open-backed silver setting "
                        + "and hung from a bail Ines forged from square wire. The chain is a fine curb with a spring "
                        + "ring clasp.",
                "The flash in this stone only shows at a slight angle and turns from teal to gold along the lower "
                        + "edge; no other stone will do quite the same.",
                "Long labradorite pendant flashing blue and green on a fine silver chain, laid on dark blue linen");

        p.stock("necklaces", "Rainbow moonstone drop necklace, 42 cm", 7600, 9,
                "925 silver, moonstone", "stone setting",
                "Drop 9 x 7 mm; chain 42 cm with a 3 cm extender", 3.1,
                "A small pear-shaped rainbow moonstone in a fine-silver bezel, hanging from a slim cable chain. It is "
                        + "the piece Ines wears most days herself. The extender lets it sit at the collarbone or just "
                        + "below.",
                "Each moonstone shows its blue sheen in a slightly different place: some glow across the whole "
                        + "stone, some only along one edge.",
                "Small milky moonstone drop with a blue sheen on a thin silver chain, worn at the collarbone");

        p.toOrder("necklaces", "Hand-stamped Argentium silver name bar necklace", 5400, 10, 9,
                "935 Argentium silver", "hand forging, hand stamping",
                "Bar 30 x 5 mm; chain 45 cm", 3.6,
                "A forged bar of Argentium silver stamped letter by letter with a name, a date or a short word of up "
                        + "to ten characters. The letters are struck with steel punches, so they sit a little "
                        + "unevenly, like type from an old press. Tell us your text at checkout.",
                "Because each letter is struck separately, spacing and depth change slightly along the bar; it reads "
                        + "clearly, but unmistakably by hand.",
                "Slim silver bar necklace stamped with the word MARÉ in small capitals, on a folded linen napkin");

        p.stock("earrings", "Hammered silver hoop earrings, 20 mm", 5800, 12,
                "925 silver", "hand forging, hammer texturing",
                "Hoops 20 mm across, 1.5 mm wire; hook-through closure", 2.8,
                "Everyday hoops forged from 1.5 mm wire and hammered flat along the front only, so they look bright "
                        + "from the side and slim from the front. The closure is a simple hook that threads through a "
                        + "small loop.",
                "The hammer marks are placed by eye, so the left and right hoops are a matched pair rather than "
                        + "identical twins.",
                "Pair of small silver hoop earrings with a lightly hammered front, on sand-coloured paper");

        p.stock("earrings", "Tiny oxidised silver pebble studs", 3900, 12,
                "925 silver", "hand forging, oxidising",
                "Studs about 5 x 4 mm; 925 silver posts and butterflies", 1.2,
                "Two little silver pebbles, melted from workshop offcuts on the charcoal block, hammered flat and then "
                        + "darkened to a soft graphite grey. They are the smallest thing in the shop and quite "
                        + "possibly the most popular.",
                "Each pebble is melted from a different scrap, so the shapes never repeat; your pair will be close in "
                        + "size but not a mirror image.",
                "Two tiny dark grey silver stud earrings shaped like flat pebbles, beside a real beach pebble for "
                        + "scale");

        p.unique("earrings", "Garnet cluster drop earrings in forged silver", 13600,
                "925 silver, garnet", "stone setting, hand forging",
                "Drops 32 mm long including the hooks; stones 3 to 4 mm", 4.4,
                "Three small garnets in each earring, set in graduated bezels that step down from a forged silver "
                        + "hook. The stones differ slightly in size, which gives the pair a loose, grape-cluster look.",
                "Ines built these from the last six garnets of an old parcel, matched by colour rather than size; "
                        + "there won't be another pair.",
                "Pair of drop earrings with three small red garnets each in silver settings, hanging from a twig");

        p.stock("earrings", "Reticulated silver disc earrings", 6900, 5,
                "925 silver", "reticulation, oxidising",
                "Discs 14 mm; 925 silver hooks, total drop 27 mm", 3.0,
                "Small discs cut from reticulated sheet, with a crinkled surface that looks like dried salt on a "
                        + "harbour wall. Lightly oxidised in the hollows so the texture shows from across a room.",
                "Both discs are cut from the same sheet, so they share a texture but never the exact same pattern.",
                "Two round silver earrings with a crinkled texture, photographed on rough concrete");

        p.stock("bracelets", "Forged silver cuff with a hammered edge", 11800, 4,
                "925 silver", "hand forging, hammer texturing",
                "8 mm wide; inner circumference 15.5 cm plus a 2.5 cm opening", 22.5,
                "A solid cuff forged from square bar, flattened through the middle and left thicker at the ends so "
                        + "it holds its shape. Only the outer edge is hammered, which gives a crisp line of facets "
                        + "against a smooth inside. It can be gently adjusted to your wrist.",
                "The facets along the edge are struck one at a time, about ninety of them, so the rhythm of the line "
                        + "is slightly different on every cuff.",
                "Open silver cuff bracelet with a row of hammered facets along its edge, standing on a wooden table");

        p.unique("bracelets", "Three-moonstone station bracelet", 9400,
                "925 silver, moonstone", "stone setting",
                "Chain 17 cm plus a 2 cm extender; stones 4 mm", 2.9,
                "Three round rainbow moonstones in small bezels, spaced along a delicate cable chain. Light enough to "
                        + "forget you're wearing it, and pretty next to a watch.",
                "These three stones were cut from one small rough piece, so they share an unusually strong blue flash "
                        + "that Ines hasn't been able to match since.",
                "Delicate silver chain bracelet with three small moonstones glowing blue, on a wrist by a window");

        p.unique("bracelets", "Heavy oxidised silver link bracelet with toggle", 24500,
                "925 silver", "hand forging, oxidising",
                "Links 14 x 9 mm; length 19 cm including the toggle", 34.0,
                "Twenty-one oval links, each forged from 2 mm wire, soldered closed and hammered flat at the sides, "
                        + "finished with a toggle cut from the same wire. Oxidised to a deep charcoal, then rubbed "
                        + "back with pumice so the high points shine.",
                "The only bracelet of its kind Ines has made this year. Every link is a slightly different oval, "
                        + "which is what gives it its loose, heavy fall.",
                "Chunky dark silver bracelet of oval hammered links with a toggle clasp, coiled on grey stone");

        return new DemoShop(
                "Oficina Maré",
                "Hand-forged silver from a riverside workshop in Lisbon, shaped by the light on the Tejo.",
                story(
                        "Oficina Maré is a narrow ground-floor workshop in Marvila, two streets back from the river, "
                                + "with a bench under the window and a rolling mill that once belonged to a "
                                + "watchmaker in Alfama. Ines Carvalho opened it in 2014 after eight years of "
                                + "repairing jewellery for other people's shops.",
                        "She learned the basics at art school and the rest from Senhor Fernandes, a retired "
                                + "silversmith who let her sit at his bench every Saturday for three years. Most of "
                                + "what she makes still starts the way he taught her: a length of wire, an anvil and "
                                + "a hammer she has re-dressed so many times it no longer shows a maker's mark.",
                        "Ines works in recycled 925 and Argentium silver and buys her stones from two small cutters "
                                + "she knows by name. Tomás, her apprentice since 2022, now does most of the "
                                + "polishing and all of the packing, and signs every card himself."),
                "Lisbon", "PT",
                "Ines Carvalho",
                "artisan@demo.atelier",
                "Made by Ines with one apprentice, Tomás",
                List.of("hand forging", "hammer texturing", "stone setting", "reticulation", "oxidising"),
                List.of("925 silver", "935 Argentium silver", "garnet", "moonstone", "London blue topaz",
                        "labradorite"),
                days,
                "Returns accepted within 30 days for unworn pieces; we refund as soon as the parcel arrives. Resized "
                        + "and personalised pieces can't be returned.",
                "Tracked CTT post from Lisbon, 2-5 working days within the EU. Free shipping on orders over 80 EUR.",
                "Happy to resize any ring (free during the first year), build a stacking set or make a piece with a "
                        + "different stone. Write first with your size and idea; custom work takes 2-3 weeks.",
                true,
                p.list());
    }

    // ------------------------------------------------------------------------------------------------------------
    // 2. Porto: Portuguese filigree
    // ------------------------------------------------------------------------------------------------------------

    private static DemoShop filigranaDaRibeira() {
        int days = 7;
        Pieces p = new Pieces(days);

        p.stock("earrings", "Small silver filigree arrecada earrings", 14500, 6,
                "925 silver", "filigree, granulation",
                "Earrings 30 x 22 mm; hooks with a safety loop", 5.6,
                "The arrecada is the crescent earring worn in the Minho for festivals and weddings. This smaller "
                        + "version keeps the half-moon, the coiled filigree fill and the row of tiny grains along "
                        + "the lower edge, but is light enough for every day.",
                "The coils are packed in by hand, so if you look closely the spirals in the left and right earring "
                        + "lean in slightly different directions.",
                "Pair of crescent-shaped silver filigree earrings with lace-like coiled wire, on a dark blue tile");

        p.toOrder("earrings", "Full-size 19.2k gold filigree arrecadas", 148000, 2, 28,
                "19.2k gold", "filigree, granulation",
                "Earrings 38 x 28 mm; hooks with a safety loop", 7.9,
                "Traditional arrecadas in 19.2k gold, the warm, slightly orange gold Portuguese jewellers have used "
                        + "for generations. Each pair is made after you order and hallmarked at the Porto assay "
                        + "office before it ships. They come in a wooden box with the hallmark certificate.",
                "Joana forms the crescent by eye from a paper pattern of her aunt's, so the curve of every pair is a "
                        + "little different.",
                "Large crescent gold filigree earrings with granulated edges, lying in an open wooden box");

        p.stock("earrings", "Filigree heart studs in 925 silver", 4800, 12,
                "925 silver", "filigree",
                "Studs 9 x 8 mm; 925 silver posts and butterflies", 1.6,
                "Tiny Viana hearts, about the size of a fingernail, with a single coil of filigree inside each. A "
                        + "gentle first step into Portuguese filigree, and Joana's most-given gift.",
                "Each heart is bent from one length of twisted wire and filled by hand; the coil in the centre is "
                        + "never laid quite the same way twice.",
                "Two small heart-shaped silver stud earrings with filigree coils inside, on a pink paper card");

        p.unique("earrings", "Baroque pearl drops under filigree rosettes", 11200,
                "925 silver, freshwater pearl", "filigree",
                "Drops 35 mm long; pearls about 7-8 mm", 4.1,
                "A small filigree rosette with a baroque freshwater pearl hanging beneath it. The pearls are far from "
                        + "round, which is exactly why Joana chose them.",
                "The two pearls were picked as the closest pair on a strand, but one has a faint pink tone near its "
                        + "base that the other doesn't.",
                "Silver filigree rosette earrings with irregular white pearls hanging below, against a whitewashed "
                        + "wall");

        p.stock("earrings", "Open filigree almond hoops", 8200, 5,
                "925 silver", "filigree",
                "Hoops 26 x 16 mm; hinged lever backs", 3.4,
                "Almond-shaped hoops outlined in a double twisted wire, with a light scroll of filigree only in the "
                        + "bottom curve. Airy and open, they move when you turn your head.",
                "The scroll in each hoop is shaped freehand with tweezers, so the two curls mirror each other only "
                        + "approximately.",
                "Almond-shaped silver hoop earrings with a small filigree scroll at the bottom, on a wooden tray");

        p.stock("necklaces", "Silver filigree Viana heart pendant, 45 cm chain", 9800, 8,
                "925 silver", "filigree",
                "Heart 30 x 26 mm; Venetian chain 45 cm", 6.2,
                "The Coração de Viana, the flame-topped heart of northern Portugal, in silver filigree at a size that "
                        + "sits neatly below the collarbone. The fine Venetian chain comes from a supplier in "
                        + "Gondomar; the heart is all Joana's.",
                "The flame at the top is shaped freehand from a single coil, so each one flickers at a slightly "
                        + "different angle.",
                "Silver filigree heart pendant with a flame-shaped top on a fine chain, on a blue and white azulejo");

        p.toOrder("necklaces", "Small 19.2k gold Viana heart on a 45 cm gold chain", 96500, 2, 28,
                "19.2k gold", "filigree",
                "Heart 22 x 19 mm; chain 45 cm", 5.4,
                "A smaller Viana heart in 19.2k gold, hung on a fine gold chain. Portuguese grandmothers give this "
                        + "heart at christenings and weddings, and it's meant to be worn for decades.",
                "Made after you order and stamped with the Porto assay office hallmark; the small irregularities in "
                        + "the filigree fill are Joana's hand, not flaws.",
                "Small gold filigree heart pendant with a flame top on a fine gold chain, laid on cream linen");

        p.unique("necklaces", "Garnet-centred filigree rosette necklace", 17800,
                "925 silver, garnet", "filigree, stone setting",
                "Rosette 26 mm across; chain 42 cm", 6.8,
                "An eight-petalled filigree rosette around a small faceted garnet, on a slim silver chain. Joana "
                        + "adapted the design from a 19th-century piece she sketched in a Porto museum.",
                "This was the test piece for the pattern; Joana kept its slightly wider outer petals instead of "
                        + "correcting them, so it is the only one made this way.",
                "Round silver filigree rosette pendant with a small red garnet at its centre, against a dark "
                        + "background");

        p.stock("necklaces", "Hollow filigree bead necklace, 50 cm", 13900, 3,
                "925 silver", "filigree",
                "Eleven beads of 10 mm; total length 50 cm", 14.2,
                "Eleven hollow filigree beads, the traditional contas of the Minho, strung on a fine silver chain "
                        + "between short plain sections. Light for its size, because each bead is an open cage of "
                        + "wire.",
                "Each bead is built from two filigree halves soldered at the equator; look closely and you'll find "
                        + "the seam sits a little differently on every one.",
                "Necklace of eleven round openwork silver beads on a fine chain, coiled in a ceramic bowl");

        p.stock("rings", "Filigree dome ring in 925 silver", 7200, 7,
                "925 silver", "filigree",
                "Dome 14 mm across, band 2 mm; sizes 50 to 60", 4.0,
                "A small domed filigree rose on a plain band. The dome is built from two layers of coils so it keeps "
                        + "its shape through daily wear.",
                "The rose is coiled by hand, so the number of turns in the centre spiral varies slightly from ring "
                        + "to ring.",
                "Silver ring topped with a domed filigree rose, photographed from above on an old wooden table");

        p.unique("rings", "19.2k gold filigree ring with a garnet", 54000,
                "19.2k gold, garnet", "filigree, granulation, stone setting",
                "Top 12 mm across, band 1.8 mm; size 55", 3.6,
                "A round filigree top in 19.2k gold with a small garnet in the centre and a ring of gold grains "
                        + "around it. The band is plain so the top does all the talking.",
                "Joana made this from the last of a gold wire batch she drew for a wedding order, and the garnet was "
                        + "cut to fit the frame; there is only this one.",
                "Gold filigree ring with a small red garnet in the centre and tiny gold grains around it, on dark "
                        + "velvet");

        p.stock("brooches", "Filigree swallow brooch in 925 silver", 8900, 6,
                "925 silver", "filigree",
                "42 x 30 mm; pin with a safety catch", 7.3,
                "Swallows return to Portuguese rooftops every spring and have long been a symbol of home. This one "
                        + "is outlined in twisted wire, with filigree-filled wings and a forked tail.",
                "The wing feathers are built from separate coils, so the pattern of each swallow's wings is slightly "
                        + "different.",
                "Silver filigree swallow brooch with lacy wings pinned to a grey wool coat");

        p.toOrder("brooches", "Filigree monogram brooch with your initial", 9800, 6, 21,
                "925 silver", "filigree",
                "About 35 mm high; roll-over safety clasp", 6.0,
                "A single letter of your choice, drawn in twisted wire and filled with filigree, inside a slim oval "
                        + "frame. Joana draws the letter to fit the frame before she bends any wire. Tell her the "
                        + "initial at checkout.",
                "Every letter is designed and bent for the person ordering, so no two monograms are quite alike.",
                "Oval silver filigree brooch with the letter J in twisted wire, on a folded white handkerchief");

        p.unique("brooches", "Pearl and filigree bow brooch", 16500,
                "925 silver, freshwater pearl", "filigree",
                "48 x 26 mm; pin with a safety catch", 8.1,
                "A filigree bow with two trailing ribbons, finished with a single freshwater pearl at the knot. It "
                        + "looks equally at home on a lapel or a beret.",
                "The ribbons were bent freehand and left a little asymmetrical on purpose; this is the only bow Joana "
                        + "has made in this size.",
                "Silver filigree bow brooch with a white pearl at the knot, on a navy blue beret");

        p.stock("bracelets", "Filigree link bracelet in 925 silver", 12800, 4,
                "925 silver", "filigree",
                "Twelve links of 12 mm; length 18 cm with a box clasp", 9.6,
                "Twelve small oval frames filled with filigree and linked with plain jump rings, closed with a "
                        + "traditional box clasp. Sits flat on the wrist and catches the light with every movement.",
                "Each link is filled separately, so across the twelve you'll find small differences in how the coils "
                        + "are packed.",
                "Silver bracelet of oval filigree links with a box clasp, curved around a glass jar");

        return new DemoShop(
                "Filigrana da Ribeira",
                "Portuguese filigree, twisted and soldered thread by thread above the Ribeira in Porto.",
                story(
                        "Joana Azevedo grew up in Gondomar, the town outside Porto where filigree has been made for "
                                + "centuries, and spent her school holidays sweeping the floor of her aunt's "
                                + "workshop. She wasn't allowed near the blowpipe until she was sixteen.",
                        "After studying design in Porto she trained under her aunt for four years, then opened her "
                                + "own studio in 2017 in a rented room above a fish restaurant near the river. In "
                                + "summer the stairwell smells of grilled sardines; she says it keeps her humble.",
                        "Filigree is slow work: wire is drawn thin, twisted in pairs, flattened and bent into tiny "
                                + "coils that are packed into a frame and soldered with powder. Joana makes the "
                                + "traditional shapes, the Viana heart and the arrecada, as well as lighter pieces "
                                + "of her own that you can wear with a T-shirt."),
                "Porto", "PT",
                "Joana Azevedo",
                null,
                "Solo maker; the plain chains are bought in from a supplier in Gondomar",
                List.of("filigree", "granulation", "stone setting"),
                List.of("925 silver", "19.2k gold", "freshwater pearl", "garnet"),
                days,
                "Returns within 14 days for unworn pieces in their original box. Made-to-order gold pieces and "
                        + "monograms are final sale.",
                "Insured registered post from Porto, 3-6 working days in the EU. Gold pieces ship signed-for.",
                "Custom filigree in silver or 19.2k gold, including initials inside a Viana heart and matching "
                        + "earrings for a wedding party. Allow 4-6 weeks; a 30% deposit starts the work.",
                true,
                p.list());
    }

    // ------------------------------------------------------------------------------------------------------------
    // 3. Leipzig: mixed metals, copper and brass
    // ------------------------------------------------------------------------------------------------------------

    private static DemoShop werkstattGruenspan() {
        int days = 5;
        Pieces p = new Pieces(days);

        p.stock("rings", "Copper and silver spinner ring", 6400, 8,
                "925 silver, copper", "hand forging, hammer texturing",
                "Band 6 mm wide; sizes 52 to 64", 5.8,
                "A wide silver band with a hammered copper ring that spins freely around its middle. Restless hands "
                        + "love it. The copper darkens with wear; rub it with half a lemon if you want it bright "
                        + "again.",
                "The copper spinner is hammered after it has been fitted, so the texture on each ring is struck in a "
                        + "single sitting and can't be copied.",
                "Wide silver ring with a spinning band of hammered copper around its middle, on a worn workbench");

        p.unique("rings", "Reticulated silver dome ring with a brass rim", 11800,
                "925 silver, brass", "reticulation, hand forging",
                "Dome 16 mm across, 6 mm high; size 56", 7.2,
                "A low dome of reticulated silver, its surface crumpled like bark, sitting in a thin brass rim on a "
                        + "heavy silver band. The warm brass edge makes the grey silver look almost blue.",
                "The reticulated skin formed in one firing and can't be made to happen the same way twice; this dome "
                        + "is the only one.",
                "Silver ring with a crumpled, bark-like dome edged in a thin golden brass rim, on a factory "
                        + "windowsill");

        p.stock("rings", "Brass reef knot ring", 2800, 12,
                "brass", "hand forging",
                "Knot about 8 mm; band 1.5 mm; sizes 48 to 62", 2.6,
                "A single strand of brass wire tied in a loose reef knot and soldered closed. Brass has a warm, "
                        + "almost golden colour and takes on a soft honey patina over time.",
                "Each knot is tied by hand and pulled tight by feel, so some sit a touch higher or flatter than "
                        + "others.",
                "Thin golden brass ring with a small reef knot on top, resting on a rusty iron bolt");

        p.stock("necklaces", "Hammered copper disc necklace on a brass chain", 3900, 10,
                "copper, brass", "hammer texturing",
                "Disc 25 mm; brass chain 50 cm", 6.4,
                "A coin-sized copper disc, hammered all over with a ball-peen so it glitters like a pan of water, "
                        + "on a fine brass chain. Unlacquered, so it will deepen to a chestnut brown as you wear it.",
                "The hammer pattern is different on every disc, and so is the colour it will age to, depending on "
                        + "your skin.",
                "Round hammered copper pendant glinting orange on a thin brass chain, against a brick wall");

        p.unique("necklaces", "Interlinked copper, brass and silver ring pendant", 8600,
                "925 silver, copper, brass", "hand forging, hammer texturing",
                "Three rings of 12, 15 and 18 mm; chain 48 cm", 9.1,
                "Three forged rings, one each of copper, brass and silver, interlinked and hung together on a silver "
                        + "chain. They chime very quietly when you walk.",
                "Lena forged these three rings from the ends of bars she was finishing, and the slightly different "
                        + "thicknesses can't be matched again.",
                "Three linked rings in copper, brass and silver hanging from a silver chain, held up against the "
                        + "light");

        p.toOrder("necklaces", "Factory-window pendant in oxidised silver and copper", 9200, 5, 12,
                "925 silver, copper", "hand forging, oxidising, cold connections",
                "Pendant 30 x 20 mm; chain 45 cm", 7.5,
                "A small rectangle of oxidised silver pierced with a grid of twelve panes, backed with copper and "
                        + "riveted together. It is modelled on the tall windows of the old cotton mill where Lena "
                        + "works, and made after you order.",
                "The panes are sawn by hand and the rivets set one at a time, so the grid is never perfectly even, "
                        + "just like the real windows.",
                "Dark silver rectangular pendant with a grid of small windows showing copper behind, on a grey jumper");

        p.stock("earrings", "Brass triangle drop earrings", 3600, 12,
                "brass, 925 silver", "hand forging",
                "Triangles 22 mm; 925 silver hooks", 2.6,
                "Open triangles of brass wire hanging from silver hooks. Simple, light and bright enough to lift a "
                        + "plain black outfit.",
                "Each triangle is bent by hand around a mandrel, so the corners are softly rounded and never quite "
                        + "identical.",
                "Pair of open brass triangle earrings on silver hooks, hanging from the edge of a concrete shelf");

        p.stock("earrings", "Reticulated copper and silver stud earrings", 5600, 6,
                "925 silver, copper", "reticulation, oxidising",
                "Studs 11 x 9 mm; 925 silver posts", 2.4,
                "Small irregular studs of reticulated silver laid over copper, so a thin orange line shows around "
                        + "the grey. They look like slices of river stone.",
                "The reticulated surface on each stud is unique; the pairs are cut from the same piece so they feel "
                        + "related without matching.",
                "Two small irregular grey silver studs with a thin copper edge, on the palm of a hand");

        p.unique("earrings", "Turquoise and hammered copper earrings", 7400,
                "copper, turquoise, 925 silver", "hammer texturing, stone setting",
                "Drops 38 mm; turquoise cabochons 6 mm", 5.2,
                "Hammered copper ovals with a small turquoise cabochon in a silver bezel at the bottom. The green-blue "
                        + "of the stone and the orange of the copper were made for each other.",
                "The two turquoise stones have different fine black veining; Lena chose them because they look like "
                        + "two halves of a map.",
                "Pair of hammered copper oval earrings with a small turquoise stone at the bottom, on white paper");

        p.stock("bracelets", "Twisted copper bangle", 3200, 12,
                "copper", "hand forging",
                "Wire 3 mm; inner diameter 65 mm", 24.0,
                "Three strands of heavy copper wire twisted in a vice and closed into a round bangle. Satisfyingly "
                        + "weighty, and one of the friendliest things in the shop for people who don't usually wear "
                        + "jewellery.",
                "Lena counts the turns as she pulls but stops when it looks right rather than at a number; most "
                        + "bangles end up with eleven to fourteen twists.",
                "Thick twisted copper bangle lying on a stack of old brown paper");

        p.stock("bracelets", "Riveted brass and silver cuff", 8900, 5,
                "brass, 925 silver", "hand forging, cold connections, hammer texturing",
                "20 mm wide; inner circumference 15 cm plus a 3 cm opening", 26.5,
                "A wide brass cuff with a hammered silver strip riveted down its centre, like a repair on an old "
                        + "machine. No solder, just rivets, so you can see exactly how it was made.",
                "The rivets are set by hand with a small hammer, and each one flattens into a slightly different "
                        + "round head.",
                "Wide golden brass cuff with a silver strip fixed by small rivets, resting on a steel toolbox");

        p.unique("bracelets", "Reticulated silver bangle", 16800,
                "925 silver", "reticulation, hand forging, oxidising",
                "8 mm wide; inner diameter 64 mm", 19.5,
                "A bangle made from a strip of reticulated sheet, rolled round and soldered closed, with the surface "
                        + "lightly oxidised. From a distance it looks like a river seen from a plane.",
                "Reticulating a whole strip evenly is difficult and Lena only gets a good one now and then; this "
                        + "bangle's texture exists once.",
                "Round silver bangle with a rippled, crinkled surface darkened in the hollows, on a dark slate");

        p.toOrder("bracelets", "Set of three mixed-metal stacking bangles", 9800, 6, 10,
                "copper, brass, 925 silver", "hand forging, hammer texturing",
                "Each bangle 3 mm; inner diameter to your measurement", 27.0,
                "One copper, one brass and one silver bangle, each forged from round wire and hammered lightly, made "
                        + "to fit your wrist. Worn together they clink softly and age into three different colours.",
                "Lena forges each set for a specific wrist, so the hammering and the join on each bangle are yours "
                        + "alone.",
                "Three thin bangles in copper, brass and silver stacked on a wrist against a denim sleeve");

        p.stock("brooches", "Hammered brass mill chimney brooch", 4200, 7,
                "brass, copper", "hammer texturing, hand forging",
                "48 x 14 mm; pin with a safety catch", 6.9,
                "A tall brass chimney with a copper band near the top, after the brick chimney that still stands "
                        + "over the old cotton mill in Plagwitz. A small piece of Leipzig for a coat lapel.",
                "The brickwork lines are hammered in freehand with a chisel-shaped punch, so the courses never quite "
                        + "line up the same way.",
                "Narrow golden brass brooch shaped like a factory chimney with a copper band, on a tweed jacket");

        p.unique("brooches", "Copper and silver collage brooch", 6900,
                "copper, 925 silver, brass", "cold connections, oxidising",
                "52 x 38 mm; pin with a safety catch", 9.8,
                "Offcuts of copper, brass and oxidised silver layered and riveted together into a small abstract "
                        + "landscape. Lena makes these when the scrap box is full.",
                "Built from whatever was in the scrap box that week, so the shapes and colours in this collage will "
                        + "never come together again.",
                "Abstract brooch of overlapping copper, brass and dark silver shapes fixed with rivets, on grey felt");

        return new DemoShop(
                "Werkstatt Grünspan",
                "Copper, brass and silver, mixed and hammered in a former cotton mill in Leipzig-Plagwitz.",
                story(
                        "Lena Vogt trained as a sheet-metal worker in Leipzig, bending gutters and ventilation "
                                + "ducts, before a jewellery evening class showed her what the same hammers could do "
                                + "at a much smaller scale.",
                        "Her studio is a corner of a shared hall in the old cotton mill in Plagwitz, now full of "
                                + "painters, printmakers and a man who restores pianos. She likes the noise of other "
                                + "people working and the north light through the tall factory windows.",
                        "Lena mixes copper, brass and recycled silver because she likes how they age: copper "
                                + "darkens, brass mellows, silver greys. Nothing is lacquered. She would rather you "
                                + "watch a piece change than keep it looking new."),
                "Leipzig", "DE",
                "Lena Vogt",
                null,
                "Solo maker",
                List.of("hand forging", "hammer texturing", "reticulation", "oxidising", "cold connections"),
                List.of("copper", "brass", "925 silver", "turquoise"),
                days,
                "Returns within 14 days, unworn. Copper and brass may have darkened a little in transit; that's "
                        + "natural, not a fault.",
                "DHL from Leipzig, 2-4 working days in Germany and 4-8 elsewhere in the EU. Free over 60 EUR.",
                null,
                true,
                p.list());
    }

    // ------------------------------------------------------------------------------------------------------------
    // 4. Hamburg: designer-maker with a casting partner
    // ------------------------------------------------------------------------------------------------------------

    private static DemoShop hafenform() {
        int days = 4;
        Pieces p = new Pieces(days);

        p.stock("rings", "Cast silver bollard ring", 8900, 12,
                "925 silver", "lost-wax casting",
                "Top 9 mm high, band 3 mm; sizes 50 to 66", 7.4,
                "A chunky ring modelled on the iron bollards along the Hamburg quays, with a rounded cap and a "
                        + "slight waist. Cast in recycled silver, brushed to a soft satin, with the cap polished "
                        + "bright.",
                "Every bollard comes from the same wax, but Kai brushes the satin and polishes the cap on a felt wheel "
                        + "himself, so the line where matt meets bright never sits in quite the same place.",
                "Chunky silver ring shaped like a harbour bollard, satin with a bright top, resting on coiled rope");

        p.stock("rings", "Rope-knot signet ring in 925 silver", 12500, 8,
                "925 silver", "lost-wax casting, oxidising",
                "Face 11 mm across; sizes 52 to 66", 9.8,
                "A round signet whose face is a tight sailor's knot, carved in wax strand by strand and then cast. "
                        + "The grooves between the strands are oxidised so the knot reads clearly.",
                "Kai rubs back the oxidising by hand on every ring, so some knots come out darker and moodier than "
                        + "others.",
                "Silver signet ring with a carved rope knot on its face, dark between the strands, on a wooden dock "
                        + "post");

        p.toOrder("rings", "14k gold rope-knot signet, cast to order", 98500, 3, 21,
                "14k gold", "lost-wax casting",
                "Face 11 mm across; any size from 48 to 68", 7.6,
                "The rope-knot signet cast in recycled 14k yellow gold. Because gold is cast one ring at a time, "
                        + "this version is made after you order and takes about three weeks.",
                "Each gold signet is cast from a fresh wax and finished by Kai, so the polish and the crispness of "
                        + "the knot are individual.",
                "Yellow gold signet ring with a rope knot carved on its face, on dark blue fabric");

        p.stock("rings", "Sapphire rivet band in silver and 18k gold", 24500, 5,
                "925 silver, 18k gold, sapphire", "lost-wax casting, stone setting",
                "Band 4 mm, sapphire 2 mm; sizes 48 to 62", 5.2,
                "A flat silver band with a single 2 mm blue sapphire set flush in an 18k gold rivet, like the rivets "
                        + "on a ship's hull plating. Subtle until it catches the light.",
                "Kai sets every sapphire himself; the gold rim around each stone is burnished by hand and never "
                        + "looks quite the same twice.",
                "Flat silver ring with one tiny blue sapphire set in a small gold circle, on a finger");

        p.unique("rings", "Test-cast hull ring with three sapphires", 26500,
                "925 silver, 18k gold, sapphire", "lost-wax casting, stone setting",
                "Band 5 mm; sapphires 1.5 mm; size 58", 6.3,
                "A wide silver band with overlapping hull plates and three tiny sapphires in gold rivets. It comes "
                        + "from the first trial casting of a design that was later simplified.",
                "This is the only ring from the trial run: the plates are deeper than in the final version, and "
                        + "there will never be another.",
                "Wide silver ring with overlapping plate texture and three tiny blue stones in gold settings, on "
                        + "sailcloth");

        p.stock("necklaces", "Oxidised silver anchor chain necklace", 15800, 6,
                "925 silver", "lost-wax casting, oxidising",
                "Links 8 x 5 mm; length 50 cm with a lobster clasp", 21.5,
                "A miniature anchor chain with a bar across every link, cast in small batches and assembled by hand. "
                        + "Oxidised to a deep grey with the edges polished bright.",
                "Kai joins and solders around sixty links by hand for each necklace, and the rub-back of the "
                        + "oxidising is never the same twice.",
                "Heavy dark grey silver anchor chain necklace with bright edges, draped over a rusty cleat");

        p.stock("necklaces", "Cast silver buoy pendant on a 60 cm chain", 7900, 10,
                "925 silver", "lost-wax casting",
                "Pendant 18 x 10 mm; chain 60 cm", 6.1,
                "A little channel buoy with its cage top, cast in silver and hung on a long chain so it sits at the "
                        + "breastbone. A favourite with people who grew up near the water.",
                "Polished by hand after casting; the satin and bright areas are balanced by eye on each buoy.",
                "Small silver pendant shaped like a harbour buoy on a long chain, hanging against a striped shirt");

        p.unique("necklaces", "Pearl porthole pendant in cast silver", 11400,
                "925 silver, freshwater pearl", "lost-wax casting, stone setting",
                "Porthole 20 mm; pearl 8 mm; chain 45 cm", 8.0,
                "A round cast-silver porthole, complete with tiny bolt heads, with a freshwater pearl sitting inside "
                        + "like a moon seen from a cabin. "
                        + "The pearl sits on a silver peg so it can't work loose, and the chain is a fine 45 cm trace.",
                "The pearl has a soft grey-pink blush that Kai matched to this particular casting; it is the only "
                        + "one with this pearl.",
                "Round silver porthole pendant with small bolt heads and a grey-pink pearl inside, on a dark wooden "
                        + "deck");

        p.toOrder("necklaces", "18k gold porthole pendant on a 45 cm gold chain", 89000, 3, 21,
                "18k gold", "lost-wax casting",
                "Porthole 14 mm; 18k gold chain 45 cm", 4.8,
                "A smaller porthole cast in recycled 18k gold, open in the middle, on a fine 18k gold chain. Made to "
                        + "order in Pforzheim and finished in Hamburg.",
                "The bolt heads are picked out by hand with a polishing brush after casting, so each pendant has its "
                        + "own play of light.",
                "Small open gold circle pendant with tiny bolt heads on a fine gold chain, laid on white sailcloth");

        p.stock("earrings", "Bollard stud earrings in 925 silver", 5900, 12,
                "925 silver", "lost-wax casting",
                "Studs 6 mm high; 925 silver posts", 3.2,
                "Tiny cast bollards for your ears, with the same rounded caps as the ring. Sturdy enough to sleep "
                        + "in.",
                "The foundry casts these forty at a time on a wax tree; Kai picks matched pairs from it and files away "
                        + "the little casting mark under each cap.",
                "Two tiny silver stud earrings shaped like harbour bollards, standing upright on a pebble");

        p.stock("earrings", "Cast rope hoop earrings, 18 mm", 7200, 10,
                "925 silver", "lost-wax casting",
                "Hoops 18 mm; 2.5 mm thick; hinged clicker", 4.6,
                "Small hoops carved as a two-strand rope, with a hinged clicker closure. The twist catches the light "
                        + "all the way round.",
                "The rope was carved freehand in wax, so the twist slightly tightens towards the back; every cast "
                        + "shares this, but Kai's hand polishing makes each pair its own.",
                "Pair of small silver hoop earrings with a twisted rope pattern, on a map of the Elbe");

        p.stock("earrings", "Rivet studs in 14k gold", 21500, 8,
                "14k gold", "lost-wax casting",
                "Studs 4 mm; 14k gold posts and butterflies", 1.4,
                "Small domed studs in 14k yellow gold, shaped like the rivets on an old steel hull. The quiet "
                        + "earrings people forget to take out.",
                "Kai checks every pair under a loupe and sets aside any dome with a pit; the ones that pass still "
                        + "differ by a hair in height.",
                "Two small domed yellow gold stud earrings on a piece of riveted steel");

        p.unique("earrings", "Mismatched anchor and buoy earrings", 8800,
                "925 silver", "lost-wax casting, oxidising",
                "Anchor 16 mm, buoy 14 mm; 925 silver hooks", 4.1,
                "One small anchor, one small buoy, hung on matching hooks. Deliberately mismatched, and a good "
                        + "conversation piece.",
                "The last anchor from a discontinued run paired with a buoy oxidised to match; there is only this "
                        + "pair.",
                "Mismatched earrings, a small silver anchor and a small silver buoy, hanging from a rope");

        p.stock("bracelets", "Cast silver rope bracelet", 18900, 4,
                "925 silver", "lost-wax casting",
                "6 mm thick; length 19 cm with a box clasp", 25.0,
                "A rigid-looking but flexible bracelet of cast rope segments, hinged between each section and "
                        + "closed with a hidden box clasp. "
                        + "It looks solid but moves like real rope when you turn your hand.",
                "Kai fits and pins all fourteen hinges himself, so one bracelet falls a touch stiffer or looser than "
                        + "the next.",
                "Chunky silver bracelet shaped like a twisted rope, draped over a wooden oar");

        p.stock("bracelets", "Oxidised silver cleat cuff", 16500, 3,
                "925 silver", "lost-wax casting, oxidising",
                "12 mm wide at the cleat; adjustable", 28.0,
                "A narrow cuff with a cast mooring cleat at the front, oxidised dark and polished back on the high "
                        + "points. Heavy in a reassuring way.",
                "Kai rubs the oxidising back with pumice paste and a pencil eraser, and stops when it looks right "
                        + "rather than at a set point.",
                "Dark silver cuff bracelet with a small mooring cleat shape on the front, on grey stone");

        return new DemoShop(
                "Hafenform",
                "Carved in wax in Hamburg, cast in Pforzheim: small-batch jewellery shaped by the harbour.",
                story(
                        "Kai Brandt carves every design in wax at a desk in Ottensen, a few minutes' walk from the "
                                + "Elbe. He spent ten years as a model-maker for ship designers before he started "
                                + "carving rings in the evenings, and his pieces still have an engineer's love of "
                                + "clean curves: bollards, rope knots, the rivets on a hull.",
                        "Kai doesn't cast at home. When a design is finished, the wax model goes to a family-run "
                                + "foundry in Pforzheim, now in its third generation, which casts his pieces in "
                                + "small runs of twenty to forty. Everything comes back to Hamburg rough, and Kai "
                                + "files, polishes, oxidises and sets every stone himself.",
                        "He is open about it because it matters: the designs and the finishing are his hands, the "
                                + "casting is theirs. Working this way lets him use recycled silver and gold and "
                                + "still keep his prices fair."),
                "Hamburg", "DE",
                "Kai Brandt",
                null,
                "Designed by Kai Brandt in Hamburg, cast by a family foundry in Pforzheim; finished and stone-set by "
                        + "Kai",
                List.of("wax carving", "lost-wax casting", "stone setting", "oxidising"),
                List.of("925 silver", "14k gold", "18k gold", "sapphire", "freshwater pearl"),
                days,
                "30-day returns on unworn pieces. Free exchange for a different ring size within 60 days.",
                "DHL from Hamburg, 1-3 working days in Germany and 3-6 across the EU. Free shipping over 100 EUR.",
                null,
                true,
                p.list());
    }

    // ------------------------------------------------------------------------------------------------------------
    // 5. Vienna: gold granulation
    // ------------------------------------------------------------------------------------------------------------

    private static DemoShop atelierWendt() {
        int days = 10;
        Pieces p = new Pieces(days);

        p.stock("rings", "Granulated 22k gold band with a single row of grains", 68000, 3,
                "22k gold", "granulation, hand forging",
                "Band 2.5 mm, grains 0.6 mm; sizes 48 to 60", 3.8,
                "A slim band of 22k gold with one row of tiny gold grains running all the way round its centre. "
                        + "The grains are fused on without solder, the way Etruscan goldsmiths did it.",
                "Katharina places about 180 grains by hand on each band; they are sorted by sieve but never "
                        + "perfectly equal, so the row has a soft, living rhythm.",
                "Slim yellow gold ring with a single line of tiny gold beads around its middle, on a marble surface");

        p.unique("rings", "Sapphire ring in a granulated 22k gold collar", 164000,
                "22k gold, 18k gold, sapphire", "granulation, stone setting",
                "Sapphire 5 mm round; collar 9 mm; size 53", 5.4,
                "A cornflower-blue sapphire in a high collar of 22k gold, its outside covered in a dense pattern of "
                        + "granulated triangles. The band is 18k gold for strength.",
                "The sapphire has a faint silky inclusion that softens its colour; Katharina designed the collar "
                        + "around this exact stone.",
                "Gold ring with a round cornflower-blue sapphire in a tall collar covered in tiny gold beads, on dark "
                        + "velvet");

        p.toOrder("rings", "18k gold wedding band with granulated triangles", 124000, 4, 28,
                "18k gold", "granulation, hand forging",
                "Band 3.5 mm; any size from 44 to 70", 5.6,
                "A comfortable wedding band in 18k gold with small granulated triangles spaced around the outside, "
                        + "pointing alternately up and down. Made to your size and timeline.",
                "Each triangle is built grain by grain for your ring; no two bands have exactly the same spacing.",
                "Yellow gold wedding band with small triangles of tiny gold beads around it, lying on an open "
                        + "notebook");

        p.stock("rings", "Three-grain 18k gold stacking ring", 29500, 6,
                "18k gold", "granulation, hand forging",
                "Band 1.5 mm; grains 1.2 mm; sizes 46 to 60", 2.0,
                "A fine 18k gold band with three gold grains fused in a small triangle at the top. Katharina's most "
                        + "affordable piece, and a good way to own a little granulation.",
                "The three grains are fused by hand for each ring, and the little triangle they form sits at a "
                        + "slightly different angle every time.",
                "Very thin gold ring with three small gold beads on top, stacked with a plain band on a finger");

        p.unique("rings", "Garnet cabochon ring with granulated shoulders", 98000,
                "22k gold, 18k gold, garnet", "granulation, stone setting",
                "Cabochon 8 x 6 mm; size 56", 6.1,
                "A glowing oval garnet cabochon in a rub-over setting, with the shoulders of the ring covered in "
                        + "fine granulation that fades out towards the band. "
                        + "The 22k grains sit on an 18k band, so the ring looks soft but is strong enough for daily "
                        + "wear.",
                "The garnet is an old stone Katharina found at a Viennese estate sale; it has a slightly uneven dome "
                        + "she chose not to re-polish.",
                "Gold ring with a smooth oval red garnet and tiny gold beads on the shoulders, on an antique book");

        p.stock("necklaces", "Granulated 22k gold disc pendant on an 18k gold chain", 89500, 3,
                "22k gold, 18k gold", "granulation",
                "Disc 12 mm; 18k gold chain 42 cm", 4.9,
                "A small 22k gold disc with a spiral of granulation winding from the edge to the centre, on a fine "
                        + "18k gold chain. It looks like a tiny sun.",
                "The spiral is laid out grain by grain by eye, so it turns a slightly different number of times on "
                        + "each disc.",
                "Small round gold pendant with a spiral of tiny gold beads on a fine gold chain, on a white linen "
                        + "cloth");

        p.unique("necklaces", "Opal pendant framed in 22k gold granulation", 142000,
                "22k gold, 18k gold, opal", "granulation, stone setting",
                "Opal 10 x 8 mm; pendant 16 x 13 mm; 18k gold chain 45 cm", 5.6,
                "A small Australian opal with flashes of green and orange, framed by two rows of granulation in "
                        + "22k gold. The chain is fine 18k gold.",
                "The play of colour in this opal is its own; Katharina built the frame to follow its slightly "
                        + "uneven outline.",
                "Gold pendant framing a small opal with green and orange flashes inside two rows of tiny gold beads");

        p.toOrder("necklaces", "Etruscan-style bulla pendant in 22k gold", 178000, 2, 28,
                "22k gold, 18k gold", "granulation, repoussé",
                "Bulla 18 mm; 18k gold chain 45 cm", 7.8,
                "A small domed locket of the kind Etruscan children wore as a charm, raised in repoussé from 22k "
                        + "gold sheet and covered in granulated rosettes. It opens, so you can keep something tiny "
                        + "inside.",
                "Each bulla is raised by hand from a flat disc, so the dome and the rosettes differ a little from "
                        + "piece to piece.",
                "Small domed gold locket covered in tiny beaded rosettes, hanging from a fine gold chain on dark "
                        + "velvet");

        p.stock("earrings", "Granulated 22k gold stud earrings", 48000, 5,
                "22k gold, 18k gold", "granulation",
                "Studs 6 mm; 18k gold posts", 2.2,
                "Round 22k gold studs covered in a dense rosette of grains, set on sturdy 18k gold posts. Small, "
                        + "warm and impossibly detailed up close.",
                "Every grain in the rosette is placed by hand, and the two studs are matched by eye rather than "
                        + "measured.",
                "Two small round gold stud earrings covered in tiny gold beads, on a fingertip");

        p.stock("earrings", "Tiny 22k gold grain cluster studs", 26500, 8,
                "22k gold, 18k gold", "granulation",
                "Clusters 3.5 mm; 18k gold posts", 1.0,
                "Four grains of 22k gold fused into a tiny pyramid. Discreet enough for a second or third piercing.",
                "The little pyramids are fused one at a time; their proportions vary just enough to tell them apart "
                        + "under a loupe.",
                "Two tiny gold stud earrings, each a small pyramid of four gold beads, on a white ceramic dish");

        p.unique("earrings", "Sapphire and granulated gold drop earrings", 118000,
                "22k gold, 18k gold, sapphire", "granulation, stone setting",
                "Drops 22 mm; sapphires 4 mm; 18k gold hooks", 3.9,
                "Two small blue sapphires in granulated collars, hanging from short 18k gold hooks. The granulation "
                        + "forms a fine lace around each stone.",
                "The two sapphires are a close pair but not identical; one is a shade lighter, which Katharina "
                        + "likes.",
                "Pair of drop earrings with small blue sapphires in gold settings edged with tiny gold beads");

        p.unique("earrings", "Granulated 22k gold hoops with a pyramid of grains", 96000,
                "22k gold", "granulation, hand forging",
                "Hoops 16 mm; 1.5 mm wire", 3.6,
                "Small forged hoops in 22k gold with a pyramid of granulation at the bottom of each, like a bunch of "
                        + "grapes. Ancient in spirit, easy to wear.",
                "Katharina made this pair from a test batch of grains that came out slightly larger than usual, so "
                        + "the pyramids are bolder than in any other pair.",
                "Pair of small gold hoop earrings, each with a cluster of gold beads hanging at the bottom");

        p.stock("bracelets", "Granulated 18k gold bar bracelet on fine chain", 58000, 4,
                "18k gold", "granulation",
                "Bar 20 x 3 mm; chain 17 cm plus 2 cm extender", 3.4,
                "A slender 18k gold bar with a zigzag of grains along its length, on a fine gold chain. It pairs "
                        + "well with a watch.",
                "The zigzag is built grain by grain, and the points never fall in quite the same places.",
                "Thin gold bar with a zigzag of tiny gold beads on a fine chain bracelet, on a wrist");

        p.stock("brooches", "Small granulated 18k gold bee brooch", 132000, 2,
                "18k gold, 22k gold", "granulation, hand forging",
                "22 x 18 mm; 18k gold pin with a safety catch", 6.2,
                "A small bee with a body striped in granulation and forged gold wings. It's a nod to the Viennese "
                        + "love of bees and to the one that lives on Katharina's balcony each summer.",
                "Katharina gives every bee four or five stripes, depending on its mood, and the odd grain out of line "
                        + "is left where it fell.",
                "Small gold bee brooch with a beaded striped body and smooth wings, pinned to a black silk scarf");

        return new DemoShop(
                "Atelier Wendt",
                "Granulated gold in the old Etruscan way, made grain by grain in a Viennese courtyard workshop.",
                story(
                        "Katharina Wendt's workshop is in a courtyard in Vienna's seventh district, behind a bakery "
                                + "and up one flight of stairs. She trained as a goldsmith in Vienna and then spent "
                                + "eleven years in a restoration workshop, mending reliquaries, crowns and the "
                                + "occasional pocket watch for the city's museums.",
                        "There she first held an Etruscan earring under the microscope and saw the grains: hundreds "
                                + "of gold spheres, each smaller than a poppy seed, fused to the surface with no "
                                + "visible solder. It took her four years of evenings to get her own granulation "
                                + "right.",
                        "Now she makes only granulated work, in high-carat gold because it fuses best. She makes the "
                                + "grains herself by melting tiny snippets of wire on charcoal, sorts them through "
                                + "sieves and places them one at a time with a wet brush. It is slow, and she prefers "
                                + "it that way."),
                "Vienna", "AT",
                "Katharina Wendt",
                null,
                "Solo maker",
                List.of("granulation", "hand forging", "stone setting", "repoussé"),
                List.of("22k gold", "18k gold", "sapphire", "garnet", "opal"),
                days,
                "Returns within 14 days on stock pieces, insured and at your cost. Made-to-order pieces are final "
                        + "sale.",
                "Insured, signed-for post from Vienna, 2-5 working days in the EU. Every piece ships with a hallmark "
                        + "certificate.",
                "I make a few engagement and wedding rings each year, always granulated, in 18k or 22k gold. Write "
                        + "with your timeline; commissions take 6-10 weeks.",
                true,
                p.list());
    }

    // ------------------------------------------------------------------------------------------------------------
    // 6. Edinburgh: chasing and repoussé
    // ------------------------------------------------------------------------------------------------------------

    private static DemoShop firthAndFern() {
        int days = 5;
        Pieces p = new Pieces(days);

        p.unique("brooches", "Chased silver thistle brooch", 16800,
                "925 silver", "chasing, repoussé, oxidising",
                "48 x 30 mm; pin with a safety catch", 11.4,
                "A thistle head pushed up from the back of the sheet and chased crisp from the front, with spiky "
                        + "bracts and a soft, fibrous flower. Oxidised in the recesses so it reads from a distance.",
                "Chased freehand over pitch, without a pattern; the curl of every bract on this one is Morag's "
                        + "decision on the day.",
                "Silver brooch of a thistle head with spiky leaves, dark in the recesses, pinned to a tweed lapel");

        p.unique("brooches", "Bladderwrack brooch with Portobello sea glass", 13800,
                "925 silver, sea glass", "repoussé, chasing, stone setting",
                "55 x 24 mm; pin with a safety catch", 9.2,
                "A frond of bladderwrack seaweed in repoussé silver, its little air bladders domed up from behind, "
                        + "with a piece of pale green sea glass set at the tip. "
                        + "Wear it on a coat collar and it looks as if you have just come in from the shore.",
                "The sea glass was found by Callum at Portobello beach in February; it has a frosted bubble inside "
                        + "that you won't find in any other piece.",
                "Silver seaweed-shaped brooch with small domed bladders and a pale green piece of sea glass at the "
                        + "tip");

        p.toOrder("brooches", "Chased silver heron brooch, made to order", 19500, 4, 28,
                "925 silver", "chasing, repoussé, oxidising",
                "62 x 22 mm; pin with a safety catch", 12.0,
                "The grey heron that stands on the weir outside the studio, chased in silver with every feather "
                        + "picked out. Made from scratch after you order.",
                "Each heron is drawn and chased afresh, so the tilt of the head and the feathers are different on "
                        + "every one.",
                "Tall narrow silver brooch of a standing heron with detailed feathers, on a dark green wool coat");

        p.stock("necklaces", "Repoussé silver oyster shell pendant", 8900, 8,
                "925 silver", "repoussé, chasing",
                "Shell 22 x 18 mm; chain 45 cm", 5.8,
                "A small oyster shell raised from the back in repoussé and chased with its rough growth lines from "
                        + "the front. Oysters were once so common in the Firth of Forth that they fed half of "
                        + "Edinburgh.",
                "The growth lines are chased freehand, so each shell is as irregular as a real one.",
                "Small silver pendant shaped like a rough oyster shell on a fine chain, on a driftwood plank");

        p.unique("necklaces", "Sea glass pendant in a chased silver frame, 45 cm", 9600,
                "925 silver, sea glass", "chasing, stone setting",
                "Pendant 26 x 19 mm; chain 45 cm", 6.3,
                "A piece of frosted aqua sea glass in a silver frame chased with a ripple pattern, on a trace chain. "
                        + "The glass is left in its natural frosted state, never acid-etched or polished to a shine.",
                "Callum found this glass at Cramond; it is thicker than most and still shows a trace of the bottle's "
                        + "embossed lettering on the back.",
                "Pendant of frosted aqua sea glass in a rippled silver frame on a chain, held over a sandy beach");

        p.stock("necklaces", "Moonstone tide-line necklace", 14200, 4,
                "925 silver, moonstone", "chasing, stone setting",
                "Bar 40 x 6 mm; moonstones 3 mm; chain 42 cm", 6.7,
                "A curved silver bar chased with a wavering tide line, set with three small moonstones like foam on "
                        + "the sand. It lies flat against the collarbone, and the stones glow softly when you move.",
                "Morag chases the tide line without a guide, from a sketch of Portobello sand at low water; every "
                        + "necklace gets its own shoreline.",
                "Curved silver bar necklace with a wavy engraved line and three small moonstones, on grey linen");

        p.stock("earrings", "Chased silver cockle shell studs", 4600, 12,
                "925 silver", "repoussé, chasing",
                "Studs 8 mm; 925 silver posts", 1.8,
                "Tiny cockle shells domed up from the back and chased with their radiating ribs. The kind of "
                        + "earrings you put in and forget about.",
                "The ribs are chased one at a time, so no two shells have quite the same count.",
                "Two tiny silver shell-shaped stud earrings on a real cockle shell");

        p.unique("earrings", "Portobello green sea glass drop earrings", 7800,
                "925 silver, sea glass", "stone setting, hand forging",
                "Drops 30 mm; sea glass 12 x 9 mm", 4.0,
                "Two pieces of bottle-green sea glass in simple forged silver settings, hanging from long hooks. "
                        + "The glass most likely began as an Edinburgh lemonade bottle and spent decades being worn "
                        + "smooth in the Forth.",
                "Callum sorted through a jar of several hundred pieces to find two this close in colour; they are "
                        + "still slightly different shapes.",
                "Pair of drop earrings with frosted bottle-green sea glass in simple silver settings, on a windowsill");

        p.stock("earrings", "Oxidised silver thistle-head drop earrings", 6800, 7,
                "925 silver", "repoussé, chasing, oxidising",
                "Drops 28 mm; 925 silver hooks", 3.5,
                "Small thistle heads in repoussé silver, oxidised in the recesses, hanging from fine hooks. "
                        + "Small enough for every day, and a nod to Scotland that doesn't feel like a souvenir.",
                "Chased by hand as a pair, so the spiky bracts curl a little differently on left and right.",
                "Pair of small dark silver thistle-shaped drop earrings on a piece of heather");

        p.stock("rings", "Chased silver ripple band", 5600, 10,
                "925 silver", "chasing",
                "Band 4 mm; sizes J to T (49 to 62)", 3.6,
                "A flat band chased all the way round with a ripple pattern, like wind moving across the Forth. "
                        + "The pattern runs the whole way round, so it looks the same from every angle and stacks "
                        + "well with plain rings.",
                "The ripples are chased freehand on the ring mandrel, so each ring's water is different.",
                "Silver band ring with a rippled wave texture all the way around, on a wet pebble");

        p.unique("rings", "Moonstone ring in a chased seaweed setting", 13200,
                "925 silver, moonstone", "chasing, stone setting",
                "Moonstone 8 mm round; size N (55)", 5.0,
                "A round moonstone held by chased silver fronds that curl over its edge like kelp around a stone "
                        + "at low tide. It sits fairly high on the finger; a ring to be noticed rather than forgotten.",
                "This moonstone has a strong blue flash on one side only; Morag set it so the flash faces up when "
                        + "the hand is relaxed.",
                "Silver ring with a round milky moonstone held by curling seaweed-like fronds, on a rock pool edge");

        p.toOrder("rings", "Heron-feather ring in silver and 9k gold, made to size", 22500, 5, 14,
                "925 silver, 9k gold", "chasing, hand forging",
                "Band 5 mm; any UK size from H to Z", 5.4,
                "A silver band chased with a single long heron feather, its shaft inlaid in a thin line of 9k gold. "
                        + "Made to your size.",
                "Every feather is chased freehand, so its curve and barbs are unique to your ring.",
                "Silver ring with a chased feather design and a thin gold line along the feather's shaft");

        p.stock("bracelets", "Chased silver wave bangle", 13800, 5,
                "925 silver", "chasing, hand forging",
                "6 mm wide; inner diameter 63 mm", 18.5,
                "A solid bangle chased with rolling waves, their crests polished bright against a matt background. "
                        + "It slips over the hand and is heavy enough to stay put.",
                "Morag chases each bangle freehand; the number of waves depends on her rhythm that day.",
                "Silver bangle with rolling waves chased around it, polished crests bright, on grey sand");

        p.stock("bracelets", "Hammered Argentium bangle with a chased shell", 11200, 6,
                "935 Argentium silver", "hand forging, hammer texturing, chasing",
                "4 mm thick; inner diameter 64 mm", 16.0,
                "A hammered Argentium bangle with a small scallop shell chased at the front. Argentium keeps its "
                        + "shine well in the damp Scottish air.",
                "The hammering and the little shell are made by hand on every bangle, so yours will differ a little "
                        + "from the photo.",
                "Hammered silver bangle with a small chased scallop shell on the front, on a mossy rock");

        p.stock("bracelets", "Twisted Argentium silver torc bangle", 9800, 6,
                "935 Argentium silver", "hand forging",
                "Wire 4 mm; open-ended; adjustable", 15.0,
                "A simple torc bangle of twisted square wire, with plain hammered terminals. Open at the back so it "
                        + "slips on over the wrist bone.",
                "The twist is put in by hand in a vice, and the terminals are forged by hand, so every torc is a "
                        + "touch different.",
                "Twisted silver open-ended bangle with flattened ends, on a worn wooden table");

        return new DemoShop(
                "Firth & Fern",
                "Chased and repoussé silver from a Leith studio: seaweed, thistles and the grey light of the Forth.",
                story(
                        "Morag Sinclair works from a converted bonded warehouse in Leith, the old port of Edinburgh, "
                                + "where whisky casks once waited for ships. Her bench faces the Water of Leith, and "
                                + "a heron lands on the weir most mornings.",
                        "She studied silversmithing at art college in Edinburgh and spent her twenties making spoons "
                                + "and quaichs before turning to jewellery. Chasing and repoussé, pushing silver into "
                                + "shape from both sides over a bowl of warm pitch, is the technique she learned "
                                + "first and still loves most.",
                        "Her partner Callum walks the beach at Portobello every weekend for sea glass, which he "
                                + "sorts, tumbles and polishes himself. Morag sets the best pieces; the rest end up in "
                                + "a jar on the studio shelf that visitors are welcome to rummage through."),
                "Edinburgh", "GB",
                "Morag Sinclair",
                null,
                "Made by Morag; her partner, Callum, finds and polishes the sea glass",
                List.of("chasing", "repoussé", "hand forging", "stone setting", "oxidising"),
                List.of("925 silver", "935 Argentium silver", "9k gold", "moonstone", "sea glass"),
                days,
                "Returns within 30 days for unworn items; UK buyers can use the prepaid label in the box.",
                "Royal Mail Tracked from Edinburgh: 1-2 days in the UK, 4-8 days to the EU, with import duty "
                        + "prepaid so there is nothing to pay on delivery.",
                "A few commissions each season for chased brooches and pendants, often from a photo of a favourite "
                        + "plant or place. Allow 4-8 weeks.",
                true,
                p.list());
    }

    // ------------------------------------------------------------------------------------------------------------
    // 7. Florence: hand engraving
    // ------------------------------------------------------------------------------------------------------------

    private static DemoShop bottegaSarti() {
        int days = 7;
        Pieces p = new Pieces(days);

        p.stock("rings", "18k gold band with a Florentine finish", 64000, 5,
                "18k gold", "hand engraving",
                "Band 3 mm; sizes 48 to 64", 3.9,
                "A classic Florentine band: 18k yellow gold covered in thousands of fine parallel cuts made with a "
                        + "graver, so the surface shimmers like silk instead of shining like a mirror. "
                        + "Florentine goldsmiths have made this band for brides for generations, and the texture "
                        + "softens beautifully with wear.",
                "The cross-hatching is cut by hand, and the direction of the light across it changes subtly from "
                        + "ring to ring.",
                "Yellow gold band with a soft, silky engraved texture catching the light, on a marble step");

        p.toOrder("rings", "Engraved 18k gold wedding band with your initials inside", 78000, 6, 21,
                "18k gold", "hand engraving",
                "Band 4 mm; any size from 44 to 72; up to 12 characters inside", 5.2,
                "An 18k gold wedding band engraved on the outside with a simple leaf border and on the inside with "
                        + "initials or a date of your choice. Paolo cuts the lettering in a classic Florentine "
                        + "script.",
                "Cut by hand for you, so the lettering inside is a small piece of handwriting no one else has.",
                "Gold wedding band with a fine engraved leaf border and script initials inside, on an open ring box");

        p.unique("rings", "Engraved 18k rose gold signet with a Florentine lily", 118000,
                "18k rose gold", "hand engraving",
                "Face 10 x 9 mm; size 52", 6.4,
                "A rose gold signet engraved in reverse with the Florentine giglio, deep enough to seal wax. The "
                        + "sides are finished in the traditional silky texture.",
                "Paolo engraved this lily freehand; its petals lean very slightly to the left, a detail he decided "
                        + "to keep.",
                "Rose gold signet ring with a deeply engraved lily on its face, beside a red wax seal of the same "
                        + "lily");

        p.stock("rings", "Silver band engraved with acanthus leaves", 9800, 8,
                "925 silver", "hand engraving",
                "Band 5 mm; sizes 50 to 64", 5.0,
                "A wide silver band engraved all round with a running acanthus leaf, the motif on half the palace "
                        + "facades in Florence. "
                        + "The cuts are lightly darkened so the leaves stand out, and they mellow gently over the "
                        + "years.",
                "Each band is engraved by Giulia freehand, so the leaves never quite repeat.",
                "Wide silver ring engraved with a running leaf pattern, on an old leather-bound book");

        p.stock("rings", "Sapphire and 18k gold ring with engraved shoulders", 94500, 2,
                "18k gold, sapphire", "hand engraving, stone setting",
                "Sapphire 4 mm; band 2.5 mm; sizes 48 to 60", 3.8,
                "A round blue sapphire in a six-claw setting, with the shoulders of the band engraved with tiny "
                        + "scrolls. "
                        + "The claws are kept low, so the ring sits close to the finger and doesn't catch on gloves.",
                "The shoulder scrolls are engraved after the stone is set, and they are never quite the same twice.",
                "Yellow gold ring with a round blue sapphire and finely engraved scrolls on the shoulders, on velvet");

        p.stock("necklaces", "Engraved 18k gold coin pendant on a 42 cm chain", 56000, 3,
                "18k gold", "hand engraving",
                "Coin 14 mm; 18k gold chain 42 cm", 3.6,
                "A small gold disc engraved with a radiating sun on one side and left smooth on the other, ready "
                        + "for initials. Hung on a fine 18k gold chain.",
                "Paolo cuts between forty and fifty rays depending on the disc, and he has never once measured the "
                        + "spacing.",
                "Small gold coin pendant engraved with a radiating sun on a fine gold chain, on cream linen");

        p.unique("necklaces", "Engraved silver locket with a Ponte Vecchio view", 24500,
                "925 silver", "hand engraving",
                "Locket 26 x 20 mm; chain 50 cm", 12.8,
                "An oval silver locket whose cover is engraved with a tiny view of the Ponte Vecchio and the Arno. "
                        + "Inside there is room for two small photographs.",
                "Paolo engraved this scene in three afternoons; the reflection in the water is his own invention "
                        + "and won't be repeated.",
                "Oval silver locket with an engraved scene of a bridge over a river, on a long chain");

        p.stock("necklaces", "Freshwater pearl on a Florentine-finish gold bail", 38500, 4,
                "18k gold, freshwater pearl", "hand engraving",
                "Pearl 9 mm; 18k gold chain 45 cm", 3.2,
                "A single white freshwater pearl under a small 18k gold bail engraved in the silky Florentine "
                        + "finish, on a fine gold chain. "
                        + "A simple everyday piece that looks as good with a jumper as with an evening dress.",
                "Each pearl differs slightly in lustre and shape; Giulia picks each one by hand.",
                "Single white pearl hanging from a small engraved gold cap on a fine gold chain, against dark blue");

        p.stock("earrings", "Florentine-finish 18k gold hoop earrings", 72000, 3,
                "18k gold", "hand engraving",
                "Hoops 20 mm; 2 mm wide; hinged", 3.3,
                "Small 18k gold hoops with the Florentine finish cut all round, so they glow rather than glitter. "
                        + "They are hinged for easy wear.",
                "The engraved texture is cut by hand on each hoop, so the light falls differently on each pair.",
                "Pair of small gold hoop earrings with a silky engraved texture, on a white marble surface");

        p.stock("earrings", "Engraved silver button earrings", 6800, 10,
                "925 silver", "hand engraving",
                "Buttons 10 mm; 925 silver posts", 2.6,
                "Domed silver buttons engraved with a four-petalled flower, the kind of motif you see on old "
                        + "Florentine cupboard doors. "
                        + "They sit flat against the earlobe and are light enough to forget you're wearing them.",
                "Giulia engraves each flower freehand, so petals vary slightly from earring to earring.",
                "Two domed silver stud earrings engraved with a four-petalled flower, on a worn wooden door panel");

        p.unique("earrings", "18k rose gold and garnet engraved drops", 46000,
                "18k rose gold, garnet", "hand engraving, stone setting",
                "Drops 24 mm; garnets 4 mm", 2.8,
                "Two small rose gold teardrops engraved with fine leaves, each finishing in a rhodolite garnet. "
                        + "They swing gently, and the engraved leaves catch the light as you turn your head.",
                "These are the last two of a small parcel of rhodolite garnets Giulia bought in Arezzo; the tone of "
                        + "red is unusually warm.",
                "Pair of rose gold teardrop earrings engraved with fine leaves and ending in small red garnets");

        p.stock("bracelets", "Florentine-finish silver bangle", 16500, 6,
                "925 silver", "hand engraving",
                "7 mm wide; inner diameter 62 mm", 20.0,
                "A flat silver bangle with the Florentine finish cut over its whole surface and a polished border "
                        + "along each edge. It slips over the hand and has a soft, almost fabric-like shimmer.",
                "Engraved by hand in sections, so the texture changes direction slightly around the bangle.",
                "Silver bangle with a soft silky engraved texture and polished edges, on a marble surface");

        p.toOrder("bracelets", "Engraved 18k gold ID bracelet", 148000, 2, 28,
                "18k gold", "hand engraving",
                "Plate 30 x 8 mm; chain 18 cm", 11.5,
                "A classic ID bracelet in 18k gold, with a plate engraved by Paolo with a name, date or monogram "
                        + "in traditional script. "
                        + "The chain is a flat curb with a secure box clasp, and the plate takes up to ten letters.",
                "Every letter is cut by hand to your choice, making each bracelet one of a kind.",
                "Gold chain bracelet with an engraved rectangular plate showing a script monogram, on a wrist");

        p.unique("bracelets", "Hand-engraved silver cuff with scrolling vines", 25800,
                "925 silver", "hand engraving",
                "22 mm wide; inner circumference 15 cm plus a 3 cm opening", 31.0,
                "A wide silver cuff entirely covered in scrolling vines and small bunches of grapes, engraved by "
                        + "Giulia over two weeks. "
                        + "It can be gently adjusted to your wrist, and the recesses will darken a little over time "
                        + "so the vines stand out even more.",
                "The vine was drawn directly on the metal without a pattern, so this cuff can't be repeated.",
                "Wide silver cuff covered in engraved scrolling vines and grapes, standing on a marble windowsill");

        p.unique("brooches", "Engraved silver iris brooch with a gold stamen", 19800,
                "925 silver, 18k gold", "hand engraving",
                "50 x 28 mm; pin with a safety catch", 10.2,
                "An iris, the flower of Florence, sawn from silver sheet and engraved petal by petal, with a small "
                        + "18k gold stamen at its heart. "
                        + "The pin is set high on the back so the flower stands upright on a lapel or scarf.",
                "Each petal was engraved freehand by Giulia; the fine veining is different on every one.",
                "Silver iris-shaped brooch with finely engraved petals and a small gold stamen, on a purple silk "
                        + "scarf");

        return new DemoShop(
                "Bottega Sarti",
                "Hand-engraved gold and silver from a third-generation bottega on the Oltrarno side of Florence.",
                story(
                        "Bottega Sarti opened in 1958 in a narrow street in San Frediano, on the Oltrarno side of "
                                + "the river, where Giulia's grandfather engraved monograms onto cigarette cases and "
                                + "christening cups. Her father Paolo took over in the 1980s, and Giulia joined him "
                                + "in 2015 after training as a goldsmith in Florence.",
                        "Florentine engraving is done with a bulino, a small steel graver pushed by the palm of the "
                                + "hand. The classic Florentine finish covers gold with thousands of fine parallel "
                                + "cuts, so it shimmers like silk rather than shining like a mirror. Paolo can cut a "
                                + "line thinner than a hair; Giulia says she is still catching up.",
                        "Giulia designs and makes the pieces, from rings to the small engraved brooches her "
                                + "grandfather was known for. Paolo engraves the gold work and checks everything "
                                + "before it leaves. They still close for lunch."),
                "Florence", "IT",
                "Giulia Sarti",
                null,
                "Made by Giulia with her father, Paolo, who engraves the gold pieces",
                List.of("hand engraving", "stone setting", "hand forging"),
                List.of("18k gold", "18k rose gold", "925 silver", "sapphire", "garnet", "freshwater pearl"),
                days,
                "Returns within 14 days, unworn and in the original box. Engraved personalised pieces cannot be "
                        + "returned.",
                "Insured Poste Italiane, 3-7 working days in the EU. Gold pieces ship with signature on delivery.",
                "We engrave initials, dates or a family crest on any of our pieces, and make engraved wedding bands "
                        + "to order. Allow 3-5 weeks.",
                true,
                p.list());
    }

    // ------------------------------------------------------------------------------------------------------------
    // 8. Ghent: enamel
    // ------------------------------------------------------------------------------------------------------------

    private static DemoShop vuurEnGlas() {
        int days = 6;
        Pieces p = new Pieces(days);

        p.stock("brooches", "Cloisonné enamel swallow brooch", 11800, 6,
                "vitreous enamel, 999 fine silver, 925 silver", "enamelling",
                "45 x 28 mm; 925 silver pin and safety catch", 8.2,
                "A swallow in flight, its wings outlined in fine silver wire and filled with deep blue and white "
                        + "enamel, fired eight times. The back is counter-enamelled so it stays flat for decades.",
                "The enamel colours settle differently in every firing, so each swallow's blue has its own depth.",
                "Enamel brooch of a swallow in flight, deep blue and white with fine silver outlines, on a linen "
                        + "shirt");

        p.unique("brooches", "Champlevé enamel kingfisher brooch", 16500,
                "vitreous enamel, 925 silver", "enamelling, hand engraving",
                "38 x 30 mm; pin with a safety catch", 9.5,
                "A kingfisher perched on a twig, its recesses carved into silver and filled with turquoise, orange "
                        + "and cobalt enamel. "
                        + "The last layer is ground back to a soft satin sheen, so the bird glows rather than "
                        + "glitters.",
                "Lieve carved the recesses freehand and mixed a new turquoise for this bird; she didn't write down "
                        + "the recipe.",
                "Silver brooch of a kingfisher with bright turquoise, orange and blue enamel, on a green jumper");

        p.stock("brooches", "Red and white enamel tulip brooch", 8900, 8,
                "vitreous enamel, 925 silver", "enamelling",
                "32 x 22 mm; pin with a safety catch", 6.1,
                "A single tulip, red with white flames, after the flowers sold every Sunday at the Ghent flower "
                        + "market on the Kouter. "
                        + "A cheerful thing to wear on a coat lapel through a grey Belgian winter.",
                "The flames on each tulip are painted with a fine brush between firings, so they never quite match.",
                "Small enamel tulip brooch, red with white flame streaks, on a navy wool coat");

        p.unique("brooches", "Ghent gable house brooch in cloisonné enamel", 14200,
                "vitreous enamel, 999 fine silver, 925 silver", "enamelling",
                "42 x 24 mm; pin with a safety catch", 8.8,
                "A stepped Flemish gable house, outlined in fine silver wire and filled with ochre, brick red and "
                        + "slate grey enamel. Based on a real house on the Graslei.",
                "This gable was drawn from one particular house, window by window; no other brooch will show it.",
                "Enamel brooch of a narrow stepped-gable house in ochre, red and grey, on a white background");

        p.toOrder("brooches", "Enamel pet portrait brooch from your photo", 18500, 4, 28,
                "vitreous enamel, 925 silver", "enamelling",
                "About 35 x 35 mm; pin with a safety catch", 8.5,
                "Send a photo of your dog, cat or rabbit and Lieve will paint its portrait in enamel on silver. She "
                        + "sends a colour sketch before the first firing.",
                "Painted from your photo, so it is literally one of a kind; even Lieve can't repeat the fur.",
                "Round enamel brooch with a painted portrait of a brown dachshund on a pale blue background");

        p.stock("brooches", "Small enamel bee brooch on copper", 4500, 12,
                "vitreous enamel, copper", "enamelling",
                "18 x 16 mm; steel pin with a clutch back", 2.9,
                "A chubby little bee in yellow and black enamel on copper. The cheapest way into enamel jewellery, "
                        + "and a good one.",
                "Every bee's stripes are laid with a quill, so the stripes vary slightly in width.",
                "Tiny yellow and black enamel bee brooch pinned to a denim jacket pocket");

        p.unique("brooches", "Basse-taille enamel moth brooch", 19800,
                "vitreous enamel, 925 silver", "enamelling, hand engraving",
                "44 x 36 mm; pin with a safety catch", 9.8,
                "A moth whose wings are engraved into silver and then covered with translucent enamel, so the "
                        + "engraving shimmers through like the dust on a real wing. "
                        + "As you move, the light shifts under the glass and the wings seem to flutter.",
                "The engraving under the enamel was cut freehand, and the translucent colours pooled differently in "
                        + "every groove; it is one of one.",
                "Silver moth brooch with translucent amber and violet enamel showing engraved patterns beneath");

        p.stock("necklaces", "Cloisonné forget-me-not pendant on a 45 cm chain", 7800, 9,
                "vitreous enamel, 999 fine silver, 925 silver", "enamelling",
                "Pendant 16 mm; chain 45 cm", 3.4,
                "A round pendant with five small forget-me-nots in sky blue enamel, outlined in fine silver wire. "
                        + "A small, gentle piece that is often bought as a keepsake for someone far away.",
                "The yellow centre of each flower is a single grain of enamel dropped in with a quill, and it settles "
                        + "a little off-centre more often than not.",
                "Round enamel pendant with five small sky blue flowers outlined in silver, on a fine chain");

        p.unique("necklaces", "Enamel canal reflection pendant", 13600,
                "vitreous enamel, 925 silver", "enamelling",
                "Pendant 30 x 20 mm; chain 50 cm", 6.2,
                "A rectangle of layered enamel in greens, ochres and blues that captures the reflection of the "
                        + "houses on the Lieve canal on a still morning. "
                        + "It changes with the light, from nearly green at noon to almost violet at dusk.",
                "Lieve fired this twelve times, adding translucent layers; the way the colours melted together can't "
                        + "be reproduced.",
                "Rectangular enamel pendant with blurry green, ochre and blue reflections, hanging against white "
                        + "linen");

        p.stock("necklaces", "Midnight blue enamel locket", 14800, 4,
                "vitreous enamel, 925 silver", "enamelling",
                "Locket 22 mm; chain 50 cm", 9.6,
                "A round silver locket with a lid of deep midnight blue enamel, scattered with tiny silver foil "
                        + "stars. Inside there is room for a tiny photograph or a folded note.",
                "The silver foil stars are cut and placed individually, so every locket has its own sky.",
                "Round silver locket with a midnight blue enamel lid dotted with tiny silver stars, open on a table");

        p.toOrder("necklaces", "Birthstone-colour enamel disc necklace, fired to order", 6400, 10, 14,
                "vitreous enamel, 925 silver", "enamelling",
                "Disc 12 mm; chain 45 cm", 2.7,
                "A small silver disc filled with enamel in the colour of your birth month's stone, from garnet red "
                        + "to turquoise. Fired to order after you choose your month.",
                "Lieve mixes each month's colour from two or three enamels, so a garnet disc fired in March may be a "
                        + "hair warmer than one fired in June.",
                "Small round silver pendant filled with deep red enamel on a thin chain, with a colour chart behind");

        p.stock("earrings", "Sea green enamel dot studs", 3800, 12,
                "vitreous enamel, 925 silver", "enamelling",
                "Studs 6 mm; 925 silver posts", 1.4,
                "Tiny domed silver studs filled with a soft sea green enamel. Bright but small enough for every "
                        + "day.",
                "The glass rises into a slight dome in the kiln, and each stud sets with its own small highlight.",
                "Two tiny round stud earrings with sea green enamel, on a fingertip");

        p.stock("earrings", "Blue iris cloisonné drop earrings", 9200, 5,
                "vitreous enamel, 999 fine silver, 925 silver", "enamelling",
                "Drops 26 mm; 925 silver hooks", 3.2,
                "Small oval drops with an iris in purple and blue enamel, outlined in fine silver wire. "
                        + "They are light and swing gently when you turn your head.",
                "Every iris is laid out wire by wire, so the petals differ slightly between left and right.",
                "Pair of oval drop earrings with purple and blue enamel irises outlined in silver, on a white dish");

        p.unique("earrings", "Mismatched robin and wren enamel earrings", 8600,
                "vitreous enamel, 925 silver", "enamelling",
                "Each bird about 15 mm; 925 silver hooks", 2.5,
                "A robin on one ear and a wren on the other, painted in enamel on small silver shapes. "
                        + "They are meant to be worn unmatched, the way birds at a feeder never quite come in pairs.",
                "Lieve painted these two birds in one afternoon from her garden window; she won't paint this exact "
                        + "pair again.",
                "Two small enamel bird earrings, a red-breasted robin and a brown wren, hanging on silver hooks");

        p.stock("rings", "Ghent blue enamel signet ring", 12600, 5,
                "vitreous enamel, 925 silver", "enamelling",
                "Face 12 x 10 mm; sizes 50 to 62", 7.5,
                "A silver signet with its face filled in a deep Ghent blue enamel, after the blue in the altarpiece "
                        + "at Saint Bavo's Cathedral. "
                        + "A raised silver rim protects the enamel, so it stands up to daily wear better than you "
                        + "might expect from glass.",
                "The blue deepens with every firing and Lieve stops after four or five, judging by eye, so your signet "
                        + "may be a shade lighter or darker than the photo.",
                "Silver signet ring with a deep blue enamel face, on an old stone step");

        return new DemoShop(
                "Vuur en Glas",
                "Cloisonné and champlevé enamel brooches, fired one colour at a time by the Ghent canals.",
                story(
                        "Lieve De Smet's studio is the back room of a narrow house on the Lieve canal in Ghent, which "
                                + "she insists is a coincidence. The kiln stands where the kitchen used to be, and "
                                + "the window looks out over the water and the gabled roofs of the Patershol.",
                        "She trained as a painter at art school in Ghent and came to enamel through the medieval "
                                + "reliquaries in the city's museums. Enamel is glass, ground to powder and fused "
                                + "onto metal at around 800 degrees; it is painting, she says, with fire deciding "
                                + "half the result.",
                        "Every brooch is built up in six to twelve firings, one layer of colour at a time, and "
                                + "stoned flat under running water between each. Lieve makes birds, flowers from the "
                                + "Sunday flower market and the occasional house gable, and she never makes two "
                                + "exactly the same."),
                "Ghent", "BE",
                "Lieve De Smet",
                null,
                "Solo maker",
                List.of("enamelling", "hand engraving"),
                List.of("vitreous enamel", "999 fine silver", "925 silver", "copper"),
                days,
                "Returns within 14 days. Enamel is glass: please pack it as carefully as I did, and keep it away "
                        + "from hard floors.",
                "Tracked bpost from Ghent, 1-2 days in Belgium and 3-6 in the EU; every brooch travels in a padded "
                        + "box.",
                "I paint pets and houses in enamel from your photos, as brooches or pendants. Allow 5-7 weeks; I "
                        + "send a colour sketch before the first firing.",
                true,
                p.list());
    }

    // ------------------------------------------------------------------------------------------------------------
    // 9. Kraków: wire wrapping, the newer shop that isn't verified yet
    // ------------------------------------------------------------------------------------------------------------

    private static DemoShop drutIKamien() {
        int days = 4;
        Pieces p = new Pieces(days);

        p.unique("necklaces", "Wire-wrapped labradorite pendant on 45 cm chain", 6800,
                "925 silver, labradorite", "wire wrapping, oxidising",
                "Pendant 38 x 20 mm; chain 45 cm", 9.4,
                "A polished labradorite teardrop wrapped in oxidised silver wire, with a woven band across the top "
                        + "and a spiral at the bail. "
                        + "It hangs on a 45 cm silver chain and flashes blue and green as you move.",
                "The weave follows the shape of this particular stone, so the pattern and the flash underneath can't "
                        + "be repeated.",
                "Labradorite teardrop pendant wrapped in dark silver wire with a woven band, on a wooden table");

        p.unique("necklaces", "Baltic amber pendant in oxidised silver wire", 7400,
                "925 silver, Baltic amber", "wire wrapping, oxidising",
                "Pendant 34 x 22 mm; chain 50 cm", 7.1,
                "A rough-polished piece of honey-coloured Baltic amber cradled in oxidised silver wire, with a "
                        + "small spiral at the top. "
                        + "Baltic amber is warm to the touch and surprisingly light; this piece weighs little more "
                        + "than its chain.",
                "This amber has a tiny trapped bubble near the bottom, visible when held to the light.",
                "Honey-coloured amber pendant wrapped in dark silver wire, held up to a window so it glows");

        p.stock("necklaces", "Raw turquoise nugget necklace in copper wire", 3600, 6,
                "copper, turquoise", "wire wrapping",
                "Nugget about 15 mm; copper chain 45 cm", 5.0,
                "A small raw turquoise nugget wrapped simply in copper wire, on a fine copper chain. "
                        + "A small, everyday necklace whose copper warms to a deeper brown as it ages.",
                "Each nugget is a different shape and shade, so expect a close match rather than a twin.",
                "Small rough turquoise nugget wrapped in copper wire on a copper chain, on a white wall");

        p.unique("necklaces", "Silver-wrapped amethyst point on a 60 cm chain", 5900,
                "925 silver, amethyst", "wire wrapping",
                "Point 30 mm; chain 60 cm", 6.5,
                "A natural amethyst point wrapped in silver wire, with the tip left clear. Hangs low on a long "
                        + "chain.",
                "This amethyst is paler at the base and deepens to purple at the tip; the next one will look "
                        + "different.",
                "Purple amethyst crystal point wrapped in silver wire on a long chain, held against the light");

        p.toOrder("necklaces", "Birthstone wire-wrapped pendant, choose your stone", 5200, 10, 14,
                "925 silver", "wire wrapping",
                "Pendant about 25 mm; chain 45 cm", 4.5,
                "Pick your birth month and Zofia will wrap the matching stone in silver wire, with a simple spiral "
                        + "at the top. Stones are chosen in person at the Kraków mineral fair.",
                "Every wrap follows its own stone, so yours will be shaped just for it.",
                "Silver wire-wrapped pendant holding a small faceted red stone, beside a tray of loose gemstones");

        p.stock("rings", "Wire-wrapped moonstone ring in 925 silver", 4900, 8,
                "925 silver, moonstone", "wire wrapping",
                "Stone 6 mm; band three strands; sizes 50 to 60", 3.0,
                "A small round moonstone held on top of a three-strand wire band with a neat wrap at each side. "
                        + "It sits low on the finger and is comfortable to wear all day.",
                "Each ring is wrapped by hand to size, so the wraps differ slightly from the photo.",
                "Silver wire ring with a small round milky moonstone on top, on an open palm");

        p.stock("rings", "Copper coil ring with a turquoise bead", 2600, 12,
                "copper, turquoise", "wire wrapping",
                "Bead 4 mm; sizes 48 to 64", 2.2,
                "A copper wire ring coiled around a single small turquoise bead. Cheerful and very wearable.",
                "Zofia winds the copper around a knitting needle, so the coils are neat but never counted; some rings "
                        + "have nine, some eleven.",
                "Copper wire ring coiled around a small turquoise bead, on a rough wooden board");

        p.unique("rings", "Cognac amber ring on a wrapped silver band", 6200,
                "925 silver, Baltic amber", "wire wrapping",
                "Amber 12 x 9 mm; size 56", 4.1,
                "A smooth oval of deep cognac Baltic amber held on a silver band by a tight wrap of fine wire. "
                        + "Amber is so light that the ring is comfortable even though the stone is fairly large.",
                "The amber has a dark streak across one side that looks like a branch; Zofia wrapped around it "
                        + "to keep it visible.",
                "Silver ring with a dark orange oval of amber held by fine wire, on a book page");

        p.toOrder("rings", "Three-strand woven silver ring, made to size", 4400, 10, 10,
                "925 silver", "wire wrapping",
                "Band 4 mm; any size from 46 to 68", 3.4,
                "Three strands of silver wire woven together into a braided band. Made to your size after you "
                        + "order.",
                "The weave is done by hand for each ring, so it tightens and loosens slightly around the band.",
                "Braided silver wire ring made of three strands, on a cotton napkin");

        p.stock("earrings", "Wire-wrapped labradorite drop earrings", 5600, 5,
                "925 silver, labradorite", "wire wrapping",
                "Drops 30 mm; stones 10 mm", 3.2,
                "Two small labradorite beads wrapped in silver wire, hanging from simple hooks. "
                        + "They look grey in the shade and flash peacock blue when they catch the sun.",
                "The pairs are matched by eye for their flash, but each stone is slightly different.",
                "Pair of drop earrings with small labradorite beads in silver wire wraps, on a grey ceramic dish");

        p.stock("earrings", "Hammered copper spiral earrings", 2400, 12,
                "copper", "wire wrapping, hammer texturing",
                "Spirals 15 mm; copper hooks", 2.0,
                "Simple copper spirals hammered flat for a little sparkle. Light enough to wear all day.",
                "Zofia hammers the spirals on her grandfather's old cobbler's anvil, and each one picks up its own "
                        + "scatter of marks.",
                "Pair of flat hammered copper spiral earrings hanging from copper hooks, on a white cloth");

        p.unique("earrings", "Honey amber and silver wire earrings", 5800,
                "925 silver, Baltic amber", "wire wrapping",
                "Drops 35 mm; amber about 12 mm", 3.6,
                "Two pieces of honey amber wrapped in silver wire, hanging from long hooks. "
                        + "Amber weighs almost nothing, so even these longer drops are comfortable all day.",
                "The two pieces of amber are cut from the same larger piece, but one is a little lighter in colour.",
                "Pair of honey-coloured amber drop earrings wrapped in silver wire, held up to a window");

        p.stock("earrings", "Tiny turquoise wire-wrapped hoops", 3900, 9,
                "925 silver, turquoise", "wire wrapping",
                "Hoops 12 mm; turquoise beads 3 mm", 1.8,
                "Small silver hoops with a single turquoise bead wrapped at the bottom of each. "
                        + "Small and easy, they work for everyday wear or a second piercing.",
                "The turquoise beads range from sky blue to a faint green, and Zofia pairs them by eye from a small "
                        + "dish on her bench.",
                "Small silver hoop earrings with a tiny turquoise bead wrapped at the bottom, on a fingertip");

        p.stock("bracelets", "Woven copper wire cuff", 3400, 7,
                "copper", "wire wrapping",
                "15 mm wide; adjustable", 14.0,
                "A cuff woven from fine copper wire over a heavier frame, like a small basket. "
                        + "It can be gently bent to fit your wrist and will darken to a warm brown with wear.",
                "One cuff takes Zofia a whole evening; the weave tightens slightly towards the end as her hands tire, "
                        + "and she likes that it shows.",
                "Woven copper cuff bracelet with a basket-like texture, on a wooden table");

        p.unique("bracelets", "Baltic amber chip bracelet on silver wire", 5400,
                "925 silver, Baltic amber", "wire wrapping",
                "Length 18 cm; chips 6-10 mm", 6.8,
                "A bracelet of small polished amber chips in many shades, from lemon to cherry, each wrapped on "
                        + "silver wire links. It closes with a small silver hook and sits loosely on the wrist.",
                "The amber chips were chosen from a mixed bag; this mix of colours won't happen again.",
                "Bracelet of small amber pieces in shades from yellow to dark red linked with silver wire");

        p.stock("bracelets", "Labradorite bead bracelet with a wrapped silver clasp", 4800, 6,
                "925 silver, labradorite", "wire wrapping",
                "Beads 6 mm; length 18 cm", 9.0,
                "Labradorite beads strung on flexible wire, finished with a wrapped silver hook clasp. "
                        + "The hook is easy to close with one hand, and the beads roll gently against the wrist.",
                "The flash in each bead differs, so every bracelet shows its own colours.",
                "Bracelet of grey labradorite beads with blue flashes and a silver hook clasp, on a wrist");

        return new DemoShop(
                "Drut i Kamień",
                "Wire-wrapped stones and Baltic amber from a small studio in Kraków's Kazimierz.",
                story(
                        "Zofia Nowak started wrapping stones in wire during a long winter in 2021, at her kitchen "
                                + "table in Kraków, with a pair of pliers borrowed from her grandfather's toolbox. Two "
                                + "years later she left her job as a physiotherapist and rented a tiny studio in "
                                + "Kazimierz, above a second-hand bookshop.",
                        "She is mostly self-taught: library books, a weekend course in Wrocław and a lot of practice "
                                + "on copper before she dared to touch silver. She likes wire because everything "
                                + "holds without solder, and because you can see how a piece was made just by "
                                + "looking at it.",
                        "Zofia buys Baltic amber directly from a family in Gdańsk who sort it by hand, and her other "
                                + "stones from the dealers at the Kraków mineral fair. Her shop is new to Atelier, so "
                                + "new pieces appear most weeks."),
                "Kraków", "PL",
                "Zofia Nowak",
                null,
                "Solo maker",
                List.of("wire wrapping", "oxidising", "hammer texturing"),
                List.of("925 silver", "copper", "Baltic amber", "labradorite", "turquoise", "moonstone"),
                days,
                "Returns within 14 days, unworn. If something arrives damaged, I'll cover the return postage.",
                "Tracked Poczta Polska, 2-3 days within Poland and 5-9 days to the rest of the EU.",
                "Send me a stone you love and I'll wrap it, or choose one from my tray over a video call. Custom "
                        + "wraps take about two weeks.",
                false,
                p.list());
    }

    // ------------------------------------------------------------------------------------------------------------
    // Helpers
    // ------------------------------------------------------------------------------------------------------------

    /** Joins the paragraphs of a shop story with blank lines. */
    private static String story(String... paragraphs) {
        return String.join("\n\n", paragraphs);
    }

    /** Splits a comma-separated term list ("925 silver, garnet") into an immutable list. */
    private static List<String> terms(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /**
     * Collects one shop's listings in the order they are added. Stock and one-of-a-kind pieces use the shop's usual
     * processing time; made-to-order pieces carry their own.
     */
    private static final class Pieces {

        private final int shopDays;
        private final List<DemoListing> items = new ArrayList<>();

        Pieces(int shopDays) {
            this.shopDays = shopDays;
        }

        /** A piece made in small batches and kept in stock. */
        void stock(String category, String title, long priceCents, int stock, String materials,
                String techniques, String dimensions, double weightGrams, String description,
                String makerStatement, String altText) {
            add(category, title, priceCents, stock, false, false, shopDays, materials, techniques, dimensions,
                    weightGrams, description, makerStatement, altText);
        }

        /** A one-of-a-kind piece: stock is always 1. */
        void unique(String category, String title, long priceCents, String materials, String techniques,
                String dimensions, double weightGrams, String description, String makerStatement, String altText) {
            add(category, title, priceCents, 1, true, false, shopDays, materials, techniques, dimensions,
                    weightGrams, description, makerStatement, altText);
        }

        /** A piece made after the order is placed; stock is how many orders the maker accepts at a time. */
        void toOrder(String category, String title, long priceCents, int stock, int processingDays,
                String materials, String techniques, String dimensions, double weightGrams, String description,
                String makerStatement, String altText) {
            add(category, title, priceCents, stock, false, true, processingDays, materials, techniques,
                    dimensions, weightGrams, description, makerStatement, altText);
        }

        private void add(String category, String title, long priceCents, int stock, boolean oneOfAKind,
                boolean madeToOrder, int processingDays, String materials, String techniques, String dimensions,
                double weightGrams, String description, String makerStatement, String altText) {
            items.add(new DemoListing(title, description, category, priceCents, stock, oneOfAKind, madeToOrder,
                    processingDays, terms(materials), terms(techniques), makerStatement, dimensions, weightGrams,
                    altText));
        }

        List<DemoListing> list() {
            return List.copyOf(items);
        }
    }
}
