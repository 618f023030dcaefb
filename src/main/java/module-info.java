module com.marketchats {
    requires transitive java.net.http;
    requires jdk.httpserver;
    requires javafx.controls;
    requires java.desktop;
    requires atlantafx.base;
    requires org.kordamp.ikonli.javafx;
    requires org.kordamp.ikonli.feather;
    requires org.controlsfx.controls;
    requires java.keyring;
    requires org.freedesktop.dbus;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires methanol;
    requires org.slf4j;
    requires java.sql;
    requires org.xerial.sqlitejdbc;
    requires io.github.bucket4j.core;

    exports com.marketchats.api;
    exports com.marketchats.api.dto;
    exports com.marketchats.store;
    exports com.marketchats.sandbox;
    exports com.marketchats.service.budget;
    exports com.marketchats.app to javafx.graphics;
    exports com.marketchats.i18n;
    exports com.marketchats.viewmodel;
    exports com.marketchats.view;
    exports com.marketchats.service;
    exports com.marketchats.service.events;
    exports com.marketchats.service.inbox;
    exports com.marketchats.service.outbox;
    exports com.marketchats.service.settings;
    exports com.marketchats.service.accounts;
    exports com.marketchats.service.sync;

    opens com.marketchats.api.dto to com.fasterxml.jackson.databind;
    opens com.marketchats.service.settings to com.fasterxml.jackson.databind;
    opens com.marketchats.app.notify.dbus to org.freedesktop.dbus;
}
