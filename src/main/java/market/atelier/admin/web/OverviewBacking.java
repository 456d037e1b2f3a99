package market.atelier.admin.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import market.atelier.admin.MarketFigures;
import market.atelier.admin.MarketFigures.Day;
import market.atelier.admin.MarketFigures.Figures;
import market.atelier.order.LedgerService;
import market.atelier.shared.Money;
import market.atelier.shared.web.Messages;
import org.omnifaces.util.Faces;

/** {@code /admin}: the marketplace figures and the chart of orders and GMV per day over the last 30 days. */
@Named("adminOverview")
@RequestScoped
public class OverviewBacking {

    @Inject
    private MarketFigures market;

    @Inject
    private LedgerService ledger;

    private Figures figures;

    public Figures getFigures() {
        if (figures == null) {
            figures = market.figures(Instant.now());
        }
        return figures;
    }

    public String money(long minor) {
        return Money.euros(minor).format(Faces.getLocale());
    }

    /** A waiting time in words: "3 days 4 h", "5 h", "12 min"; a dash when nothing waits. */
    public String age(Duration age) {
        if (age == null) {
            return "—";
        }
        long days = age.toDays();
        long hours = age.minusDays(days).toHours();
        if (days > 0) {
            return Messages.text("admin.overview.age.days", days, hours);
        }
        if (hours > 0) {
            return Messages.text("admin.overview.age.hours", hours);
        }
        return Messages.text("admin.overview.age.minutes", Math.max(0, age.toMinutes()));
    }

    public String getCommission() {
        return BigDecimal.valueOf(ledger.commission(), 2).stripTrailingZeros().toPlainString();
    }

    /** The Chart.js configuration of {@code p:chart}: orders (bars, left axis) and GMV in euros (line, right axis). */
    public String getChart() {
        Locale locale = Faces.getLocale();
        DateTimeFormatter label = DateTimeFormatter.ofPattern("de".equals(locale.getLanguage()) ? "d.M." : "d MMM",
                locale);
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder orders = Json.createArrayBuilder();
        JsonArrayBuilder gmv = Json.createArrayBuilder();
        for (Day day : getFigures().days()) {
            labels.add(label.format(day.date()));
            orders.add(day.orders());
            gmv.add(BigDecimal.valueOf(day.gmvMinor(), 2));
        }
        JsonObject config = Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("type", "bar")
                                        .add("label", Messages.text("admin.overview.chart.orders"))
                                        .add("data", orders).add("yAxisID", "y")
                                        .add("backgroundColor", "rgba(31, 94, 92, 0.75)"))
                                .add(Json.createObjectBuilder().add("type", "line")
                                        .add("label", Messages.text("admin.overview.chart.gmv"))
                                        .add("data", gmv).add("yAxisID", "y1").add("tension", 0)
                                        .add("borderColor", "rgb(166, 124, 46)")
                                        .add("backgroundColor", "rgb(166, 124, 46)"))))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true).add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("y", Json.createObjectBuilder().add("beginAtZero", true).add("position", "left")
                                        .add("ticks", Json.createObjectBuilder().add("precision", 0)))
                                .add("y1", Json.createObjectBuilder().add("beginAtZero", true).add("position", "right")
                                        .add("grid", Json.createObjectBuilder().add("drawOnChartArea", false)))))
                .build();
        return config.toString();
    }
}
