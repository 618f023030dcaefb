package com.marketchats.viewmodel.chatlist;

import com.marketchats.api.dto.ChatContextType;
import com.marketchats.service.events.ChangeBatch;
import com.marketchats.service.inbox.ChatInbox;
import com.marketchats.store.ChatGroup;
import com.marketchats.store.ChatQuery;
import com.marketchats.store.GroupCounts;
import com.marketchats.viewmodel.UiContext;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * The chat list pane's state: the tab (group), the context filter and the search, the rows they
 * select, the tabs' counts and the selected chat. Every read of the store and all row formatting run on
 * the background executor; the UI executor only applies a finished list, as the rows that changed.
 * <p>
 * Reloads are coalesced and paced by a {@link ReloadPacer}. An answer for a query that is no longer the
 * current one is dropped (the pending reload brings the current one), so a stale search never wins. The
 * reload bookkeeping is confined to the UI executor's thread.
 */
public final class ChatListViewModel {

    /** The store's page size that means "every matching chat": the list is virtualised, 10,000 rows are fine. */
    private static final int EVERY_CHAT = Integer.MAX_VALUE;
    /** Rows shown first when the list is empty: more than a tall window holds. */
    private static final int FIRST_SCREENFUL = 60;

    private final ChatInbox inbox;
    private final UiContext ui;
    private final ReplyDeadlineBoard deadlines;
    private final ChatListFormatter formatter;
    private final ChatListReader reader;

    private final ObjectProperty<ChatGroup> group = new SimpleObjectProperty<>(this, "group", ChatGroup.ALL);
    private final ObjectProperty<ChatContextType> contextFilter = new SimpleObjectProperty<>(this, "contextFilter");
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final KeyedRowList<ChatListItem> items = new KeyedRowList<>(ChatListItem::chatId);
    private final ReadOnlyObjectWrapper<GroupCounts> counts = new ReadOnlyObjectWrapper<>(this, "counts",
            new GroupCounts(0, 0, 0, 0, 0));
    private final ReadOnlyIntegerWrapper totalUnread = new ReadOnlyIntegerWrapper(this, "totalUnread");
    private final ListSelection selection = new ListSelection(items);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper loadError = new ReadOnlyStringWrapper(this, "loadError");
    private final BooleanBinding filtersActive;
    private final ViewFilters viewFilters;
    private final ReloadPacer reloads;
    private final ChatRowActions rowActions;

    private boolean holdReloads;
    private boolean disposed;
    /** Counts list swaps, so a timer refresh computed from an older list is not applied over a newer one. */
    private long listVersion;
    private Runnable unsubscribe;

    public ChatListViewModel(ChatInbox inbox, UiContext ui) {
        this.inbox = inbox;
        this.ui = ui;
        this.deadlines = new ReplyDeadlineBoard(ui, this::reload);
        this.formatter = new ChatListFormatter(ui.texts(), ui.clock(), deadlines.deadlines());
        this.reader = new ChatListReader(inbox, formatter, deadlines.deadlines());
        this.filtersActive = Bindings.createBooleanBinding(() -> group.get() != ChatGroup.ALL
                || contextFilter.get() != null || !searchText().isEmpty(), group, contextFilter, search);
        group.addListener((observable, old, now) -> reload());
        contextFilter.addListener((observable, old, now) -> reload());
        search.addListener((observable, old, now) -> reload());
        this.viewFilters = new ViewFilters(group, contextFilter, counts.getReadOnlyProperty());
        this.reloads = new ReloadPacer(ReloadPacer.GAP, System::nanoTime, ReloadPacer.Timer.on(ui.ui()), this::read);
        this.rowActions = new ChatRowActions(inbox, ui, selection.property(), loadError::set);
    }

    /** Hears the inbox's changes and loads the list. */
    public void start() {
        if (unsubscribe == null) {
            // ChangeEvents.subscribe only adds a listener: the one inbox call that does not block.
            unsubscribe = inbox.subscribe(this::onChanges);
        }
        reload();
    }

    /** Stops hearing changes; answers still on their way are dropped. */
    public void dispose() {
        disposed = true;
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
    }

    /** Reads the list again for the current tab, filter and search (coalesced, see the class comment). */
    public void reload() {
        // Held while clearFilters sets three filters, which then reloads once.
        if (!disposed && !holdReloads) {
            reloads.now();
        }
    }

    private void read() {
        if (disposed) {
            return;
        }
        loading.set(true);
        // An empty list first gets one screenful, shown at once, then everything: at start-up with 10,000
        // chats the seller sees the top of the list without waiting for the rest to be read and formatted.
        ChatQuery query = items.isEmpty() ? currentQuery().withPage(FIRST_SCREENFUL, 0) : currentQuery();
        List<ChatListItem> shown = List.copyOf(items);
        ui.run(() -> reader.read(query, shown), this::show, failure -> {
            loadError.set(ui.texts().text("chatlist.error.load"));
            readEnded();
        });
    }

    /** Back to every chat: tab ALL, no context filter, no search. */
    public void clearFilters() {
        // Setting a property cannot throw (JavaFX logs a failing listener), so no finally is needed.
        holdReloads = true;
        group.set(ChatGroup.ALL);
        contextFilter.set(null);
        search.set("");
        holdReloads = false;
        reload();
    }

    /** Selects a chat; when the filters hide it, clears them so that it shows. */
    public void select(long chatId) {
        if (!selection.select(chatId)) {
            clearFilters();
        }
    }

    /** The chat below the selected one (the first when none is selected); stays on the last. */
    public void selectNext() {
        selection.move(1);
    }

    /** The chat above the selected one (the last when none is selected); stays on the first. */
    public void selectPrevious() {
        selection.move(-1);
    }

    /** The next chat below the selected one that needs a reply, wrapping around to the top. */
    public void selectNextNeedingReply() {
        selection.nextNeedingReply();
    }

    /** Recomputes times, countdowns and the overdue count from the clock alone (the view calls it every minute). */
    public void tick() {
        List<ChatListItem> shown = List.copyOf(items);
        long version = listVersion;
        deadlines.recount();
        ui.run(() -> shown.stream().map(formatter::withTimes).toList(), rows -> {
            if (version == listVersion && !disposed) {
                swapIn(rows);
            }
        }, failure -> loadError.set(ui.texts().text("chatlist.error.load")));
    }

    private void onChanges(ChangeBatch batch) {
        // Outbox changes too: a send that failed or went through moves the row's not-sent marker.
        if (!batch.chatsChanged().isEmpty() || !batch.messagesChanged().isEmpty() || !batch.outboxChanged().isEmpty()) {
            ui.ui().execute(() -> {
                if (!disposed) {
                    reloads.soon();
                }
            });
        }
    }

    private void show(ChatListReader.Page loaded) {
        if (disposed) {
            return;
        }
        if (loaded.query().withPage(EVERY_CHAT, 0).equals(currentQuery())) {
            if (loaded.rows().size() == loaded.query().limit() && loaded.query().limit() < EVERY_CHAT) {
                // The first screenful: the rest follows at once.
                reloads.now();
            }
            swapIn(loaded.rows());
            counts.set(loaded.counts());
            deadlines.show(loaded.waits(), loaded.overdue());
            totalUnread.set(loaded.totalUnread());
            loadError.set(null);
            ChatQuery shown = loaded.query();
            selection.selectPending(shown.group() == ChatGroup.ALL && shown.contextType() == null
                    && shown.search() == null);
        } else {
            reloads.now();
        }
        readEnded();
    }

    private void readEnded() {
        reloads.ended();
        loading.set(reloads.busy());
    }

    /** Shows new rows, changing only the rows that differ, and keeps the selection on the same chat. */
    private void swapIn(List<ChatListItem> rows) {
        listVersion++;
        ChatListItem before = selection.property().get();
        items.patch(rows);
        selection.follow(before);
    }

    private ChatQuery currentQuery() {
        ChatGroup tab = group.get() == null ? ChatGroup.ALL : group.get();
        String text = searchText();
        return new ChatQuery(tab, null, contextFilter.get(), text.isEmpty() ? null : text, EVERY_CHAT, 0);
    }

    private String searchText() {
        return search.get() == null ? "" : search.get().strip();
    }

    public ObjectProperty<ChatGroup> groupProperty() {
        return group;
    }

    /** The tab, in step with {@link #groupProperty()}: what the view binds to. */
    public ObjectProperty<ChatListTab> tabProperty() {
        return viewFilters.tab();
    }

    /** The topic filter, in step with {@link #contextFilterProperty()}: what the view binds to. */
    public ObjectProperty<TopicFilter> topicProperty() {
        return viewFilters.topic();
    }

    /** How many chats a tab holds under the current topic filter and search (its badge). */
    public ReadOnlyIntegerProperty tabCountProperty(ChatListTab tab) {
        return viewFilters.count(tab).getReadOnlyProperty();
    }

    /** Only chats about this (ORDER, RETURN, DIRECT); null for any. */
    public ObjectProperty<ChatContextType> contextFilterProperty() {
        return contextFilter;
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** The rows, in the store's order (needs a reply first, longest wait first, then by last activity); the Needs-reply tab by time left. */
    public ObservableList<ChatListItem> items() {
        return items;
    }

    /** How many chats each tab holds under the current context filter and search. */
    public ReadOnlyObjectProperty<GroupCounts> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty totalUnreadProperty() {
        return totalUnread.getReadOnlyProperty();
    }

    public ObjectProperty<ChatListItem> selectedProperty() {
        return selection.property();
    }

    /** The cabinet's reply target and the overdue count. */
    public ReplyDeadlineBoard deadlines() {
        return deadlines;
    }

    /** The commands of a row's context menu. */
    public ChatRowActions rowActions() {
        return rowActions;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Why the last load failed, in the user's language; null after a load that worked. */
    public ReadOnlyStringProperty loadErrorProperty() {
        return loadError.getReadOnlyProperty();
    }

    /** Whether a tab other than ALL, a context filter or a search narrows the list. */
    public BooleanBinding filtersActiveProperty() {
        return filtersActive;
    }
}
