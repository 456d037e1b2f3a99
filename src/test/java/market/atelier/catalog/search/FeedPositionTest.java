package market.atelier.catalog.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeedPositionTest {

    @Test
    void rowsInOrderMoveThePositionToTheLastOne() {
        FeedPosition position = new FeedPosition(10);
        position.saw(List.of(11L, 12L, 13L), 0);
        assertEquals(13, position.last());
        assertEquals(13, position.floor());
        assertEquals(Set.of(), position.gaps());
    }

    @Test
    void anIdSkippedOverIsAskedForAgainAndHoldsTheSavedPositionBelowItUntilItCommits() {
        FeedPosition position = new FeedPosition(10);
        position.saw(List.of(11L, 14L), 0); // 12 and 13 are still in open transactions
        assertEquals(14, position.last(), "reading continues after the highest");
        assertEquals(Set.of(12L, 13L), position.gaps(), "the missing ones are asked for on the next polls");
        assertEquals(11, position.floor(), "a restart reads from before the first missing one");

        position.saw(List.of(13L, 15L), 1_000); // 13 committed late
        assertEquals(Set.of(12L), position.gaps());
        assertEquals(11, position.floor());

        position.saw(List.of(12L), 2_000);
        assertEquals(Set.of(), position.gaps());
        assertEquals(15, position.floor());
    }

    @Test
    void anIdNotCommittedWithinThePatienceWasRolledBackAndIsGivenUp() {
        FeedPosition position = new FeedPosition(0);
        position.saw(List.of(2L), 0);
        position.saw(List.of(), FeedPosition.PATIENCE_MILLIS);
        assertEquals(Set.of(1L), position.gaps(), "still waiting");
        position.saw(List.of(), FeedPosition.PATIENCE_MILLIS + 1);
        assertEquals(Set.of(), position.gaps(), "given up");
        assertEquals(2, position.floor());
    }

    @Test
    void aHugeJumpRemembersOnlyTheNewestGaps() {
        FeedPosition position = new FeedPosition(0);
        position.saw(List.of(5_000L), 0);
        assertEquals(FeedPosition.MAX_GAPS, position.gaps().size());
        assertEquals(5_000 - FeedPosition.MAX_GAPS - 1, position.floor());
    }

    @Test
    void aCopyMovesOnAloneUntilItTakesTheOriginalsPlace() {
        FeedPosition position = new FeedPosition(0);
        position.saw(List.of(2L), 0);
        FeedPosition next = position.copy();
        next.saw(List.of(1L, 3L), 0);
        assertEquals(Set.of(1L), position.gaps(), "the original waits as before (the rows were not applied)");
        assertEquals(2, position.last());
        assertEquals(3, next.floor());
    }

    @Test
    void idsReadTwiceOrUnsortedChangeNothing() {
        FeedPosition position = new FeedPosition(0);
        position.saw(List.of(3L, 1L, 2L, 2L), 0);
        position.saw(List.of(1L, 2L), 0);
        assertEquals(3, position.floor());
        assertEquals(Set.of(), position.gaps());
    }
}
