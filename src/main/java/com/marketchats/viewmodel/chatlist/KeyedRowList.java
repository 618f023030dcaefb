package com.marketchats.viewmodel.chatlist;

import javafx.collections.ModifiableObservableListBase;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * An observable list of rows with unique keys that takes new contents as the smallest change it finds:
 * rows that left are removed, new and moved rows inserted, rows whose content changed replaced, and
 * every other row stays the same object at the same place. A {@code ListView} then updates only the
 * cells of rows that changed, where {@code setAll} makes it update and re-style every visible cell.
 * All of it reaches listeners as one change event.
 */
final class KeyedRowList<E> extends ModifiableObservableListBase<E> {

    /**
     * Above this many separate edits one replacement of the whole list is cheaper: every edit costs the
     * change builder and each listener a step, while a replacement costs each visible cell one update.
     */
    static final int MAX_EDITS = 1_000;

    private final List<E> rows = new ArrayList<>();
    private final ToLongFunction<E> key;

    KeyedRowList(ToLongFunction<E> key) {
        this.key = key;
    }

    /** Makes this list equal to {@code target} (whose keys are unique) with as few edits as it finds. */
    void patch(List<E> target) {
        Map<Long, Integer> targetIndex = new HashMap<>(target.size() * 2);
        for (int index = 0; index < target.size(); index++) {
            targetIndex.put(key.applyAsLong(target.get(index)), index);
        }
        boolean[] stays = unmoved(targetIndex);
        Set<Long> stayingKeys = new HashSet<>();
        for (int index = 0; index < rows.size(); index++) {
            if (stays[index]) {
                stayingKeys.add(key.applyAsLong(rows.get(index)));
            }
        }
        int edits = (rows.size() - stayingKeys.size()) + (target.size() - stayingKeys.size());
        if (targetIndex.size() != target.size() || edits > MAX_EDITS) {
            setAll(target);
            return;
        }
        beginChange();
        try {
            removeLeavingAndMoved(stays);
            insertAndReplace(target, stayingKeys);
        } finally {
            endChange();
        }
    }

    /**
     * Which current rows keep their place: the longest run of rows that are still in the target in the
     * same relative order (a longest increasing subsequence of their target positions); all other rows
     * leave or move.
     */
    private boolean[] unmoved(Map<Long, Integer> targetIndex) {
        int count = rows.size();
        int[] position = new int[count];
        for (int index = 0; index < count; index++) {
            position[index] = targetIndex.getOrDefault(key.applyAsLong(rows.get(index)), -1);
        }
        // tails[length - 1]: the row ending the best increasing run of that length found so far.
        int[] tails = new int[count];
        int[] previous = new int[count];
        int longest = 0;
        for (int index = 0; index < count; index++) {
            if (position[index] < 0) {
                continue;
            }
            int low = 0;
            int high = longest;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (position[tails[middle]] < position[index]) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            previous[index] = low > 0 ? tails[low - 1] : -1;
            tails[low] = index;
            longest = Math.max(longest, low + 1);
        }
        boolean[] stays = new boolean[count];
        for (int index = longest > 0 ? tails[longest - 1] : -1; index >= 0; index = previous[index]) {
            stays[index] = true;
        }
        return stays;
    }

    /** Removes, from the end backwards, each run of rows that does not stay. */
    private void removeLeavingAndMoved(boolean[] stays) {
        int index = rows.size() - 1;
        while (index >= 0) {
            if (stays[index]) {
                index--;
                continue;
            }
            int end = index + 1;
            while (index >= 0 && !stays[index]) {
                index--;
            }
            removeRange(index + 1, end);
        }
    }

    /** With only staying rows left, in target order: inserts each run of other rows, replaces changed ones. */
    private void insertAndReplace(List<E> target, Set<Long> stayingKeys) {
        int index = 0;
        while (index < target.size()) {
            E wanted = target.get(index);
            if (stayingKeys.contains(key.applyAsLong(wanted))) {
                E shown = rows.get(index);
                // Unchanged rows usually come back as the same object (see ChatListReader): no deep compare then.
                if (shown != wanted && !shown.equals(wanted)) {
                    nextSet(index, rows.set(index, wanted));
                }
                index++;
                continue;
            }
            int from = index;
            while (index < target.size() && !stayingKeys.contains(key.applyAsLong(target.get(index)))) {
                index++;
            }
            rows.addAll(from, target.subList(from, index));
            nextAdd(from, index);
        }
    }

    @Override
    public E get(int index) {
        return rows.get(index);
    }

    @Override
    public int size() {
        return rows.size();
    }

    /** One step for the whole run: the inherited one removes row by row, shifting the rest each time. */
    @Override
    protected void removeRange(int from, int to) {
        List<E> run = rows.subList(from, to);
        List<E> removed = new ArrayList<>(run);
        run.clear();
        beginChange();
        try {
            nextRemove(from, removed);
        } finally {
            endChange();
        }
    }

    @Override
    protected void doAdd(int index, E element) {
        rows.add(index, element);
    }

    @Override
    protected E doSet(int index, E element) {
        return rows.set(index, element);
    }

    @Override
    protected E doRemove(int index) {
        return rows.remove(index);
    }
}
