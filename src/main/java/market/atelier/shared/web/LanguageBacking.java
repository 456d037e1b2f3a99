package market.atelier.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The footer's language switch: links to the current page with {@code lang} set, other parameters kept. */
@Named("languages")
@RequestScoped
public class LanguageBacking {

    /** A language offered in the footer, named in itself. */
    public record Choice(String code, String label) {
        public String getCode() {
            return code;
        }

        public String getLabel() {
            return label;
        }
    }

    private static final List<Choice> CHOICES = List.of(new Choice("en", "English"), new Choice("de", "Deutsch"));

    @Inject
    private HttpServletRequest request;

    public List<Choice> getChoices() {
        return CHOICES;
    }

    /** Only the query string is kept (never POSTed form fields), minus any previous {@code lang}. */
    public String switchUrl(String code) {
        boolean forwarded = request.getAttribute("jakarta.servlet.forward.request_uri") != null;
        String uri = forwarded ? (String) request.getAttribute("jakarta.servlet.forward.request_uri")
                : request.getRequestURI();
        String query = forwarded ? (String) request.getAttribute("jakarta.servlet.forward.query_string")
                : request.getQueryString();
        uri = uri.replaceFirst("^/+", "/");
        String kept = query == null ? "" : Arrays.stream(query.split("&"))
                .filter(p -> !p.isEmpty() && !p.startsWith("lang=") && !p.equals("lang"))
                .collect(Collectors.joining("&"));
        return uri + "?" + (kept.isEmpty() ? "" : kept + "&") + "lang=" + code;
    }
}
