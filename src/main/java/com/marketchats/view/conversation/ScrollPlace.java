package com.marketchats.view.conversation;

/**
 * Where the reader of a conversation is: the first message in sight and how many pixels of it lie
 * above the list's top edge.
 */
public record ScrollPlace(long messageId, double hiddenAbove) {
}
