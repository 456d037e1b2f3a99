package market.atelier.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Every firing of the Trusted maker timer on every server names the same day's run, so only one server runs it. */
class TrustedMakerSlotTest {

    private static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");

    @Test
    void firingsFrom0317Until0817NameThatDaysRun() {
        ZonedDateTime run = ZonedDateTime.of(2026, 12, 6, 3, 17, 0, 0, VIENNA);
        assertEquals(run.toInstant(), TrustedMaker.slot(run.plusSeconds(2)));
        assertEquals(run.toInstant(), TrustedMaker.slot(run.withHour(8).plusSeconds(1)));
        assertEquals(run.toInstant(), TrustedMaker.slot(run), "the same moment on a server whose timer is exact");
    }

    @Test
    void beforeThreeSeventeenItIsStillYesterdaysRun() {
        ZonedDateTime early = ZonedDateTime.of(2026, 12, 7, 3, 16, 59, 0, VIENNA);
        assertEquals(ZonedDateTime.of(2026, 12, 6, 3, 17, 0, 0, VIENNA).toInstant(), TrustedMaker.slot(early));
    }
}
