/**
 * The sync engine: reads the chat list and chat histories of one business into the local store, first
 * all of it, then by polling within the request budget, and reports connectivity and progress.
 * {@link com.marketchats.service.sync.SyncEngine} is the entry point.
 */
package com.marketchats.service.sync;
