/**
 * A local, stateful emulator of the Yandex Market Chats API on the JDK's HttpServer, bound to
 * 127.0.0.1: the app's demo mode, the tests' server and the benchmarks' load target. It answers with
 * the same paths, bodies, errors, limits and headers as the official spec.
 */
package com.marketchats.sandbox;
