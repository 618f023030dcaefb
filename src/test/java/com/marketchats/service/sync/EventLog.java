package com.marketchats.service.sync;

import com.marketchats.service.events.ChangeBatch;
import com.marketchats.service.events.ChangeEvent.Connectivity;
import com.marketchats.service.events.ChangeEvents;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Every change batch the events delivered, for tests to look at from any thread. */
final class EventLog {

    private final List<ChangeBatch> batches = new ArrayList<>();

    EventLog(ChangeEvents events) {
        events.subscribe(this::add);
    }

    private synchronized void add(ChangeBatch batch) {
        batches.add(batch);
    }

    synchronized List<ChangeBatch> batches() {
        return List.copyOf(batches);
    }

    synchronized void clear() {
        batches.clear();
    }

    Set<Long> chatsChanged() {
        Set<Long> ids = new HashSet<>();
        batches().forEach(batch -> ids.addAll(batch.chatsChanged()));
        return ids;
    }

    Set<Long> messagesChanged() {
        Set<Long> ids = new HashSet<>();
        batches().forEach(batch -> ids.addAll(batch.messagesChanged()));
        return ids;
    }

    /** The connectivity states reported, in order. */
    List<Connectivity> connectivity() {
        return batches().stream().filter(ChangeBatch::connectivityChanged).map(ChangeBatch::connectivity).toList();
    }
}
