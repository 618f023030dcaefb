package com.marketchats.viewmodel.account;

/** One quick reply as the Settings list shows and edits it. */
public record ReplyItem(String title, String text) {
}
