package com.marketchats.sandbox;

/** Which end of a list comes first; the spec states neither for chats nor for history. */
public enum SortOrder {
    NEWEST_FIRST,
    OLDEST_FIRST
}
