/**
 * The Yandex Market Partner API "Chats" client: the seven operations over java.net.http, the DTOs
 * ({@code api.dto}), one exception type for every failure, and the rate-limit headers of every answer.
 */
package com.marketchats.api;
