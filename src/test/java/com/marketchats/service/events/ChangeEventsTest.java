package com.marketchats.service.events;

import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ChangeEventsTest {

    /** An executor that runs its tasks only when the test says so. */
    private final Queue<Runnable> tasks = new ArrayDeque<>();
    private final ChangeEvents events = new ChangeEvents(tasks::add);
    private final List<ChangeBatch> received = new ArrayList<>();

    @Test
    void eventsPublishedBeforeADeliveryAreMergedIntoOneBatch() {
        events.subscribe(received::add);
        for (long chat = 1; chat <= 10_000; chat++) {
            events.publish(new ChangeEvent.ChatsChanged(Set.of(chat)));
        }
        events.publish(new ChangeEvent.MessagesChanged(Set.of(7L)));
        events.publish(new ChangeEvent.ConnectivityChanged(ChangeEvent.Connectivity.SYNCING));
        events.publish(new ChangeEvent.ConnectivityChanged(ChangeEvent.Connectivity.ONLINE));

        assertThat(received).as("nothing runs on the publisher's thread").isEmpty();
        assertThat(tasks).as("one delivery scheduled, not 10,003").hasSize(1);
        tasks.poll().run();

        assertThat(received).hasSize(1);
        ChangeBatch batch = received.get(0);
        assertThat(batch.chatsChanged()).hasSize(10_000);
        assertThat(batch.messagesChanged()).containsExactly(7L);
        assertThat(batch.outboxChanged()).isEmpty();
        assertThat(batch.budgetChanged()).isFalse();
        assertThat(batch.connectivity()).as("the latest state wins").isEqualTo(ChangeEvent.Connectivity.ONLINE);
    }

    @Test
    void eventsAfterADeliveryScheduleTheNextOne() {
        events.subscribe(received::add);
        events.publish(new ChangeEvent.OutboxChanged(Set.of(1L)));
        tasks.poll().run();
        events.publish(new ChangeEvent.BudgetChanged());

        assertThat(tasks).hasSize(1);
        tasks.poll().run();
        assertThat(received).extracting(ChangeBatch::budgetChanged).containsExactly(false, true);
        assertThat(received.get(1).connectivityChanged()).isFalse();
    }

    @Test
    void aFailingListenerDoesNotSilenceTheOthersAndUnsubscribeWorks() {
        events.subscribe(batch -> {
            throw new IllegalStateException("broken listener");
        });
        Runnable unsubscribe = events.subscribe(received::add);
        events.publish(new ChangeEvent.ChatsChanged(Set.of(1L)));
        tasks.poll().run();
        assertThat(received).hasSize(1);

        unsubscribe.run();
        events.publish(new ChangeEvent.ChatsChanged(Set.of(2L)));
        tasks.poll().run();
        assertThat(received).hasSize(1);
    }
}
