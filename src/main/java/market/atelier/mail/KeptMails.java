package market.atelier.mail;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Mails kept in the data directory instead of being sent (no SMTP server configured): one {@code .eml} file per
 * mail, as it would have gone out, named so that names sort by time. {@code /dev/mail} reads them back.
 */
public final class KeptMails {

    /** Newest mails shown; older files stay on disk. */
    static final int SHOWN = 200;

    private KeptMails() {
    }

    /** One kept mail as the page shows it; {@code id} is the file name. Getters for Faces EL (no records there). */
    public record Kept(String id, Instant date, String to, String subject, String text, String html) {

        public String getId() {
            return id;
        }

        public Instant getDate() {
            return date;
        }

        public String getTo() {
            return to;
        }

        public String getSubject() {
            return subject;
        }

        public String getText() {
            return text;
        }
    }

    static void keep(MimeMessage message, long outboxId) throws IOException, MessagingException {
        Path dir = MailConfig.keptDir();
        Files.createDirectories(dir);
        String name = String.format("%013d-%d.eml", System.currentTimeMillis(), outboxId);
        Path partial = dir.resolve(name + ".part");
        try (OutputStream out = Files.newOutputStream(partial)) {
            message.writeTo(out);
        }
        Files.move(partial, dir.resolve(name), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** The kept mails' file names, newest first. */
    public static List<String> ids() {
        Path dir = MailConfig.keptDir();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(file -> file.getFileName().toString()).filter(KeptMails::isId)
                    .sorted(Comparator.reverseOrder()).limit(SHOWN).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The kept mail of this file name, read back; empty for a name that is not one. */
    public static Optional<Kept> read(String id) {
        if (id == null || !isId(id)) {
            return Optional.empty();
        }
        Path file = MailConfig.keptDir().resolve(id);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            MimeMessage message = new MimeMessage(null, in);
            String[] bodies = new String[2];
            collect(message, bodies);
            return Optional.of(new Kept(id, message.getSentDate() == null ? Instant.EPOCH
                    : message.getSentDate().toInstant(), recipients(message),
                    message.getSubject(), bodies[0] == null ? "" : bodies[0], bodies[1] == null ? "" : bodies[1]));
        } catch (IOException | MessagingException e) {
            return Optional.empty();
        }
    }

    private static String recipients(MimeMessage message) throws MessagingException {
        Address[] to = message.getRecipients(Message.RecipientType.TO);
        return to == null ? "" : Arrays.stream(to).map(address -> address instanceof InternetAddress internet
                ? internet.toUnicodeString() : address.toString()).collect(Collectors.joining(", "));
    }

    private static void collect(Part part, String[] bodies) throws MessagingException, IOException {
        if (part.isMimeType("text/plain") && bodies[0] == null) {
            bodies[0] = (String) part.getContent();
        } else if (part.isMimeType("text/html") && bodies[1] == null) {
            bodies[1] = (String) part.getContent();
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), bodies);
            }
        }
    }

    private static boolean isId(String name) {
        return name.matches("\\d{13}-\\d{1,19}\\.eml");
    }
}
