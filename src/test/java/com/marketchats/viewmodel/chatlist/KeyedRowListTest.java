package com.marketchats.viewmodel.chatlist;

import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The keyed list against {@code setAll}: after random inserts, removals, moves and updates it holds the
 * same rows, and a listener that replays its one change event on the old rows (as a ListView does)
 * arrives at them too.
 */
class KeyedRowListTest {

    private record Row(long id, int version) {
    }

    @RepeatedTest(200)
    void aPatchEndsEqualToTheTargetAndItsChangeEventReplaysToIt() {
        Random random = new Random();
        long seed = random.nextLong();
        random.setSeed(seed);
        List<Row> before = randomRows(random, random.nextInt(60));
        KeyedRowList<Row> list = new KeyedRowList<>(Row::id);
        list.setAll(before);
        List<Row> replayed = new ArrayList<>(before);
        AtomicInteger events = new AtomicInteger();
        list.addListener((ListChangeListener<Row>) change -> {
            events.incrementAndGet();
            replay(change, replayed);
        });
        List<Row> target = edited(random, before);

        list.patch(target);

        assertThat(list).as("seed %d", seed).containsExactlyElementsOf(target);
        assertThat(replayed).as("seed %d", seed).containsExactlyElementsOf(target);
        assertThat(events.get()).as("one event, none when nothing changed").isEqualTo(before.equals(target) ? 0 : 1);
    }

    @Test
    void rowsThatDidNotChangeStayTheSameObjectsAndOnlyChangedOnesAreReported() {
        List<Row> before = List.of(new Row(1, 0), new Row(2, 0), new Row(3, 0), new Row(4, 0), new Row(5, 0));
        KeyedRowList<Row> list = new KeyedRowList<>(Row::id);
        list.setAll(before);
        List<String> reported = new ArrayList<>();
        list.addListener((ListChangeListener<Row>) change -> {
            while (change.next()) {
                reported.add(change.getFrom() + ":" + change.getRemoved() + "->" + change.getAddedSubList());
            }
        });

        // Chat 5 gets a new message and moves to the top; chat 2 is read.
        list.patch(List.of(new Row(5, 1), new Row(1, 0), new Row(2, 1), new Row(3, 0), new Row(4, 0)));

        assertThat(list.get(1)).isSameAs(before.get(0));
        assertThat(list.get(3)).isSameAs(before.get(2));
        assertThat(list.get(4)).isSameAs(before.get(3));
        assertThat(reported).containsExactly("0:[]->[Row[id=5, version=1]]",
                "2:[Row[id=2, version=0]]->[Row[id=2, version=1]]", "5:[Row[id=5, version=0]]->[]");
    }

    @Test
    void tooManyEditsBecomeOneReplacement() {
        List<Row> before = new ArrayList<>();
        for (int id = 0; id < KeyedRowList.MAX_EDITS * 2; id++) {
            before.add(new Row(id, 0));
        }
        KeyedRowList<Row> list = new KeyedRowList<>(Row::id);
        list.setAll(before);
        List<Boolean> replaced = new ArrayList<>();
        list.addListener((ListChangeListener<Row>) change -> {
            while (change.next()) {
                replaced.add(change.wasReplaced() && change.getFrom() == 0 && change.getTo() == before.size());
            }
        });
        List<Row> reversed = new ArrayList<>(before);
        Collections.reverse(reversed);

        list.patch(reversed);

        assertThat(list).containsExactlyElementsOf(reversed);
        assertThat(replaced).containsExactly(true);
    }

    private static void replay(ListChangeListener.Change<? extends Row> change, List<Row> rows) {
        while (change.next()) {
            if (change.wasPermutated()) {
                throw new AssertionError("the list never permutes");
            }
            rows.subList(change.getFrom(), change.getFrom() + change.getRemovedSize()).clear();
            rows.addAll(change.getFrom(), change.getAddedSubList());
        }
    }

    private static List<Row> randomRows(Random random, int count) {
        List<Row> rows = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            rows.add(new Row(random.nextInt(1_000_000), 0));
        }
        return rows.stream().filter(unique()).toList();
    }

    private static Predicate<Row> unique() {
        Set<Long> seen = new HashSet<>();
        return row -> seen.add(row.id());
    }

    /** Some rows removed, some added, some moved, some updated: what a reload during a sync brings. */
    private static List<Row> edited(Random random, List<Row> before) {
        List<Row> rows = new ArrayList<>(before);
        int edits = random.nextInt(12);
        for (int edit = 0; edit < edits; edit++) {
            int kind = random.nextInt(4);
            if (kind == 0 && !rows.isEmpty()) {
                rows.remove(random.nextInt(rows.size()));
            } else if (kind == 1) {
                rows.add(random.nextInt(rows.size() + 1), new Row(1_000_000 + random.nextInt(1_000_000), 0));
            } else if (kind == 2 && !rows.isEmpty()) {
                Row moved = rows.remove(random.nextInt(rows.size()));
                rows.add(random.nextInt(rows.size() + 1), moved);
            } else if (!rows.isEmpty()) {
                int at = random.nextInt(rows.size());
                rows.set(at, new Row(rows.get(at).id(), rows.get(at).version() + 1));
            }
        }
        return rows.stream().filter(unique()).toList();
    }
}
