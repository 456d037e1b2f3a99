package market.atelier.catalog.web;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import market.atelier.catalog.ListingCard;
import market.atelier.favourite.web.FavouriteLookup;
import market.atelier.shared.web.Functions;
import market.atelier.verification.BadgeView;
import market.atelier.verification.web.BadgeFunctions;
import market.atelier.verification.web.BadgeLookup;
import org.omnifaces.util.Beans;

/**
 * {@code <a:cards value="#{...}" eager="4" compare="true"/>}: the cards of a grid (photo, title, price, maker,
 * heart, compare toggle, badges), written by one component instead of five tag files per card. It writes what
 * the former listing card tag file and the tags it used did, the same markup, for a fraction of the work:
 * building and rendering a page's cards as Facelets cost most of an uncached page's CPU time (issue 14).
 * Attributes: {@code value} the cards, {@code eager} how many of the first cards' photos load at once
 * (the row that paints first), {@code compare} whether each card has the compare toggle.
 */
@FacesComponent(CardGrid.TYPE)
public class CardGrid extends UIComponentBase {

    public static final String TYPE = "atelier.CardGrid";

    private static final String CARD_SIZES = "(max-width: 640px) 50vw, 300px";
    private static final String HEART_PATH = "M12 20.5s-7.5-4.6-9.2-9.3C1.7 8 3.7 4.5 7.2 4.5c2 0 3.6 1.1 4.8 2.8 "
            + "1.2-1.7 2.8-2.8 4.8-2.8 3.5 0 5.5 3.5 4.4 6.7-1.7 4.7-9.2 9.3-9.2 9.3z";
    private static final String SEAL_PATH = "M10 1.5l2.2 1.6 2.7-.2.8 2.6 2.3 1.5-.9 2.5.9 2.5-2.3 1.5-.8 2.6-2.7-.2"
            + "L10 18.5l-2.2-1.6-2.7.2-.8-2.6-2.3-1.5.9-2.5-.9-2.5 2.3-1.5.8-2.6 2.7.2z";

    @Override
    public String getFamily() {
        return "atelier";
    }

    @Override
    public void encodeEnd(FacesContext context) throws IOException {
        @SuppressWarnings("unchecked")
        List<ListingCard> cards = (List<ListingCard>) getAttributes().get("value");
        if (cards == null || cards.isEmpty()) {
            return;
        }
        Object eager = getAttributes().get("eager");
        Page page = new Page(context, eager == null ? 0 : Integer.parseInt(eager.toString()),
                Boolean.parseBoolean(String.valueOf(getAttributes().get("compare"))));
        page.badges.prefetch(cards.stream().map(ListingCard::getShopId).toList());
        for (int i = 0; i < cards.size(); i++) {
            page.card(cards.get(i), i < page.eager);
        }
    }

    /** What every card of one rendering shares, looked up once. */
    private static final class Page {

        private final ResponseWriter out;
        private final String path;
        private final Locale locale;
        private final ResourceBundle i18n;
        private final String here;
        private final int eager;
        private final boolean compare;
        private final BadgeLookup badges = Beans.getReference(BadgeLookup.class);
        private final FavouriteLookup favourites = Beans.getReference(FavouriteLookup.class);

        Page(FacesContext context, int eager, boolean compare) {
            this.out = context.getResponseWriter();
            this.path = context.getExternalContext().getRequestContextPath();
            this.locale = context.getViewRoot().getLocale();
            this.i18n = context.getApplication().getResourceBundle(context, "i18n");
            this.here = Functions.here();
            this.eager = eager;
            this.compare = compare;
        }

        void card(ListingCard card, boolean eagerPhoto) throws IOException {
            out.startElement("article", null);
            out.writeAttribute("class", "card", null);
            out.writeAttribute("id", "piece-" + card.getId(), null);
            out.startElement("a", null);
            out.writeAttribute("class", "card__link", null);
            out.writeAttribute("href", path + card.getUrl(), null);
            out.startElement("div", null);
            out.writeAttribute("class", "card__photo", null);
            picture(card, eagerPhoto);
            out.endElement("div");
            element("h3", "card__title", card.getTitle());
            out.endElement("a");

            out.startElement("p", null);
            out.writeAttribute("class", "card__meta", null);
            element("span", "price card__price", Functions.money(card.getPrice(), locale));
            out.endElement("p");

            out.startElement("p", null);
            out.writeAttribute("class", "card__maker", null);
            out.startElement("a", null);
            out.writeAttribute("href", path + "/shops/" + card.getShopSlug(), null);
            out.writeText(card.getShopName(), null);
            out.endElement("a");
            element("span", "card__place", card.getShopCity());
            out.endElement("p");

            heart(card);
            if (compare) {
                compareToggle(card);
            }
            out.startElement("div", null);
            out.writeAttribute("class", "card__badges", null);
            for (BadgeView badge : badges.of(card.getShopId())) {
                badge(card, badge);
            }
            out.endElement("div");
            out.endElement("article");
        }

        private void picture(ListingCard card, boolean eagerPhoto) throws IOException {
            String alt = card.getPhotoAlt() == null || card.getPhotoAlt().isEmpty() ? card.getTitle() : card.getPhotoAlt();
            String width = String.valueOf(card.getPhotoWidth() > 0 ? card.getPhotoWidth() : 800);
            String height = String.valueOf(card.getPhotoHeight() > 0 ? card.getPhotoHeight() : 1000);
            String key = card.getPhotoKey();
            if (key == null) {
                out.startElement("img", null);
                out.writeAttribute("src", path + Functions.media(null, "card"), null);
                out.writeAttribute("alt", alt, null);
                out.writeAttribute("width", width, null);
                out.writeAttribute("height", height, null);
                out.endElement("img");
                return;
            }
            out.startElement("picture", null);
            out.startElement("source", null);
            out.writeAttribute("type", "image/webp", null);
            out.writeAttribute("srcset", Functions.srcset(key, card.getPhotoWidth(), "webp"), null);
            out.writeAttribute("sizes", CARD_SIZES, null);
            out.endElement("source");
            out.startElement("img", null);
            out.writeAttribute("src", path + Functions.media(key, "card"), null);
            out.writeAttribute("srcset", Functions.srcset(key, card.getPhotoWidth(), "jpg"), null);
            out.writeAttribute("sizes", CARD_SIZES, null);
            out.writeAttribute("alt", alt, null);
            out.writeAttribute("width", width, null);
            out.writeAttribute("height", height, null);
            out.writeAttribute("loading", eagerPhoto ? "eager" : "lazy", null);
            out.writeAttribute("fetchpriority", eagerPhoto ? "high" : "auto", null);
            out.writeAttribute("decoding", eagerPhoto ? "sync" : "async", null);
            out.endElement("img");
            out.endElement("picture");
        }

        /** The favourite heart: a plain POST form, as {@code WEB-INF/tags/heart.xhtml} writes it. */
        private void heart(ListingCard card) throws IOException {
            boolean saved = favourites.piece(card.getId());
            String label = i18n.getString("favourites.heart.piece") + ": " + card.getTitle();
            out.startElement("form", null);
            out.writeAttribute("class", "heart-form card__heart", null);
            out.writeAttribute("method", "post", null);
            out.writeAttribute("action", path + "/account/favourites/save", null);
            hidden("listing", String.valueOf(card.getId()));
            hidden("action", saved ? "forget" : "save");
            hidden("back", here);
            out.startElement("button", null);
            out.writeAttribute("type", "submit", null);
            out.writeAttribute("class", "heart", null);
            out.writeAttribute("aria-pressed", String.valueOf(saved), null);
            out.writeAttribute("title", label, null);
            icon("0 0 24 24", "20");
            out.startElement("path", null);
            out.writeAttribute("d", HEART_PATH, null);
            out.writeAttribute("stroke", "currentColor", null);
            out.writeAttribute("stroke-width", "1.8", null);
            out.writeAttribute("stroke-linejoin", "round", null);
            out.endElement("path");
            out.endElement("svg");
            element("span", "visually-hidden", label);
            element("span", "heart__text", "");
            out.endElement("button");
            out.endElement("form");
        }

        private void compareToggle(ListingCard card) throws IOException {
            out.startElement("button", null);
            out.writeAttribute("type", "button", null);
            out.writeAttribute("class", "compare-toggle card__compare", null);
            out.writeAttribute("data-compare-slug", card.getShopSlug(), null);
            out.writeAttribute("data-compare-name", card.getShopName(), null);
            out.writeAttribute("aria-pressed", "false", null);
            out.writeAttribute("hidden", "hidden", null);
            element("span", "compare-toggle__box", "");
            out.writeText(i18n.getString("compare.toggle"), null);
            element("span", "visually-hidden", " " + card.getShopName());
            out.endElement("button");
        }

        private void badge(ListingCard card, BadgeView badge) throws IOException {
            out.startElement("a", null);
            out.writeAttribute("class", "badge badge--" + badge.code() + " badge--compact", null);
            out.writeAttribute("href", path + "/shops/" + card.getShopSlug() + "/verification", null);
            out.writeAttribute("title", BadgeFunctions.badgeTooltip(badge, locale), null);
            icon("0 0 20 20", "14");
            out.writeAttribute("class", "badge__icon", null);
            out.startElement("path", null);
            out.writeAttribute("d", SEAL_PATH, null);
            out.writeAttribute("fill", "currentColor", null);
            out.endElement("path");
            out.startElement("path", null);
            out.writeAttribute("d", "M6.5 10.2l2.3 2.3 4.7-4.8", null);
            out.writeAttribute("fill", "none", null);
            out.writeAttribute("stroke", "#fff", null);
            out.writeAttribute("stroke-width", "1.8", null);
            out.writeAttribute("stroke-linecap", "round", null);
            out.writeAttribute("stroke-linejoin", "round", null);
            out.endElement("path");
            out.endElement("svg");
            element("span", "badge__label", badge.name(locale));
            out.endElement("a");
        }

        /** An open {@code <svg>}, hidden from screen readers, square. */
        private void icon(String viewBox, String size) throws IOException {
            out.startElement("svg", null);
            out.writeAttribute("aria-hidden", "true", null);
            out.writeAttribute("viewBox", viewBox, null);
            out.writeAttribute("width", size, null);
            out.writeAttribute("height", size, null);
        }

        private void hidden(String name, String value) throws IOException {
            out.startElement("input", null);
            out.writeAttribute("type", "hidden", null);
            out.writeAttribute("name", name, null);
            out.writeAttribute("value", value, null);
            out.endElement("input");
        }

        private void element(String name, String styleClass, String text) throws IOException {
            out.startElement(name, null);
            out.writeAttribute("class", styleClass, null);
            out.writeText(text, null);
            out.endElement(name);
        }
    }
}
