package com.marketchats.viewmodel.account;

/**
 * One cabinet as the Settings list shows it.
 *
 * @param id     the account's id, for rename and remove
 * @param label  the name the seller gave it; may be empty
 * @param name   what to show: the label, or a name made from the cabinet id
 * @param detail the second line: the cabinet id, or that it is the demo
 * @param demo   the built-in sandbox
 */
public record AccountRow(String id, String label, String name, String detail, boolean demo) {
}
