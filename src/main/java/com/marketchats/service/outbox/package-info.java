/**
 * The outbox: what the seller writes is stored before any HTTP call and sent exactly once, in order,
 * through network drops, 420s and crashes.
 * <ul>
 *   <li>{@link com.marketchats.service.outbox.Outbox} is what the UI calls: {@code sendText},
 *       {@code sendFile} (the file is checked and copied into the app's data folder at once),
 *       {@code retry}, {@code cancel}, {@code items} and {@code progress}. Refused input is an
 *       {@link com.marketchats.service.outbox.OutboxInputException} with a
 *       {@link com.marketchats.service.outbox.OutboxInputException.Problem}.</li>
 *   <li>{@link com.marketchats.service.outbox.OutboxSender} sends in the background: per chat one item
 *       at a time, oldest first; different chats in parallel. A 4xx makes the item FAILED (a 401 also
 *       pauses the sender until the credentials change); a 420 waits for the window's end; a 5xx or a
 *       network failure is retried with {@link com.marketchats.service.outbox.Backoff exponential
 *       backoff and jitter}, forever (the UI shows "still trying" after a few attempts).</li>
 *   <li>An attempt whose outcome is uncertain (the request went out, no answer came back; or the app
 *       died mid-send) is looked for in the chat's history before anything is sent again; so is every
 *       item attempted before. Sent items are linked to their server message when the history brings
 *       it, so the conversation shows each message once.</li>
 * </ul>
 * <b>Order within a chat.</b> A chat's items reach the buyer in the order the seller wrote them, and a
 * FAILED item <em>holds</em> the later items of its chat (they stay QUEUED, shown as waiting behind it)
 * until the seller retries or cancels it. Telegram sends the later ones anyway; a seller's answers are
 * usually one thought over several messages ("Here is the receipt" – the file – "the refund comes in 3
 * days"), and a buyer who gets the second part without the first is confused, while the cause of most
 * failures (the chat closed, the token revoked) would fail the later ones too. Other chats are never
 * held.
 * <p>
 * Nothing here touches JavaFX; every call may block on disk or the network, so keep it off the FX thread.
 */
package com.marketchats.service.outbox;
