package com.marketchats.viewmodel.chatlist;

/** How a chat's reply countdown is coloured: the view maps each to a pseudo-class. */
public enum DeadlineState {
    /** No countdown: the chat does not wait for the seller, or its wait is unknown. */
    NONE,
    ON_TIME,
    /** A quarter of the target or less is left. */
    URGENT,
    OVERDUE
}
