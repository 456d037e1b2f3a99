package market.atelier.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Apostrophes show as typed on every page. A text with parameters ({0}) goes through MessageFormat (h:outputFormat,
 * {@link Messages#text} with arguments), where an apostrophe is written twice; a text without parameters is shown
 * as it stands, so a doubled one would show doubled ("shop''s").
 */
class MessageBundleTest {

    private static final Path I18N = Path.of("src/main/resources/i18n");
    private static final Pattern PARAMETER = Pattern.compile("\\{\\d");
    private static final Pattern SINGLE = Pattern.compile("(?<!')'(?!')");
    private static final Pattern OUTPUT_FORMAT = Pattern.compile("<h:outputFormat value=\"([^\"]*)\"");
    private static final Pattern KEY = Pattern.compile("i18n\\['([^']+)'\\]");

    private static Properties load(String file) {
        Properties texts = new Properties();
        try (Reader in = Files.newBufferedReader(I18N.resolve(file), StandardCharsets.UTF_8)) {
            texts.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    @Test
    void apostrophesAreDoubledOnlyInTextsWithParameters() {
        List<String> wrong = new ArrayList<>();
        for (String file : List.of("messages.properties", "messages_de.properties")) {
            Properties texts = load(file);
            for (String key : new TreeSet<>(texts.stringPropertyNames())) {
                String text = texts.getProperty(key);
                boolean formatted = PARAMETER.matcher(text).find();
                if (formatted && SINGLE.matcher(text).find()) {
                    wrong.add(file + " " + key + ": a single ' in a text with parameters disappears: " + text);
                }
                if (!formatted && text.contains("''")) {
                    wrong.add(file + " " + key + ": '' in a text without parameters shows doubled: " + text);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** The rule above holds only if what goes through h:outputFormat is a text with parameters. */
    @Test
    void everyTextShownThroughOutputFormatHasParameters() throws IOException {
        Properties english = load("messages.properties");
        Properties german = load("messages_de.properties");
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> views = Files.walk(Path.of("src/main/webapp"))) {
            for (Path view : views.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher format = OUTPUT_FORMAT.matcher(Files.readString(view, StandardCharsets.UTF_8));
                while (format.find()) {
                    Matcher key = KEY.matcher(format.group(1));
                    while (key.find()) {
                        for (Properties texts : List.of(english, german)) {
                            String text = texts.getProperty(key.group(1));
                            if (text != null && !PARAMETER.matcher(text).find()) {
                                wrong.add(view + ": " + key.group(1) + " = " + text);
                            }
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }
}
