package com.marketchats.api;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.marketchats.api.ApiException.InputProblem;
import com.marketchats.api.dto.ApiEnvelope;
import com.marketchats.api.dto.ChatContext;
import com.marketchats.api.dto.ChatHistoryPage;
import com.marketchats.api.dto.ChatInfo;
import com.marketchats.api.dto.ChatMessage;
import com.marketchats.api.dto.ChatsPage;
import com.marketchats.api.dto.CreateChatRequest;
import com.marketchats.api.dto.CreateChatResult;
import com.marketchats.api.dto.GetChatHistoryRequest;
import com.marketchats.api.dto.GetChatsRequest;
import com.marketchats.api.dto.SendMessageRequest;

import java.io.FileNotFoundException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;

import static com.marketchats.api.ApiOperation.CREATE_CHAT;
import static com.marketchats.api.ApiOperation.GET_CHAT;
import static com.marketchats.api.ApiOperation.GET_CHATS;
import static com.marketchats.api.ApiOperation.GET_CHAT_HISTORY;
import static com.marketchats.api.ApiOperation.GET_CHAT_MESSAGE;
import static com.marketchats.api.ApiOperation.SEND_FILE_TO_CHAT;
import static com.marketchats.api.ApiOperation.SEND_MESSAGE_TO_CHAT;

/**
 * {@link ChatsApi} over the JDK's {@link HttpClient}: one business, one token. Input is checked before
 * anything is sent; every answer's rate-limit headers go to the {@link ResponseListener}; every failure
 * is an {@link ApiException}. Thread-safe: one instance serves the whole app. Create it with
 * {@link #builder()}.
 */
public final class HttpChatsApi implements ChatsApi {

    private static final JavaType CREATE_CHAT_ANSWER = envelopeOf(CreateChatResult.class);
    private static final JavaType CHAT_ANSWER = envelopeOf(ChatInfo.class);
    private static final JavaType CHATS_ANSWER = envelopeOf(ChatsPage.class);
    private static final JavaType HISTORY_ANSWER = envelopeOf(ChatHistoryPage.class);
    private static final JavaType MESSAGE_ANSWER = envelopeOf(ChatMessage.class);
    /** sendMessageToChat and sendFileToChat answer just {@code {"status":"OK"}}. */
    private static final JavaType EMPTY_ANSWER = envelopeOf(JsonNode.class);

    private final URI baseUrl;
    private final long businessId;
    private final ApiCredentials credentials;
    private final RequestFactory requests;
    private final ApiExchange exchange;
    private final AttachmentDownloader downloader;

    HttpChatsApi(HttpChatsApiBuilder settings, HttpClient client) {
        this.baseUrl = settings.baseUrl();
        this.businessId = settings.businessId();
        this.credentials = settings.credentials();
        this.requests = new RequestFactory(baseUrl.toString(), businessId, credentials,
                settings.requestTimeout(), settings.uploadTimeout());
        this.exchange = new ApiExchange(client, credentials, settings.responseListener());
        this.downloader = new AttachmentDownloader(client, baseUrl, credentials, settings.uploadTimeout());
    }

    /** A builder with the production base URL and default timeouts; businessId and credentials are required. */
    public static HttpChatsApiBuilder builder() {
        return new HttpChatsApiBuilder();
    }

    @Override
    public long businessId() {
        return businessId;
    }

    /** The API's origin this client talks to, e.g. {@code https://api.partner.market.yandex.ru}. */
    public URI baseUrl() {
        return baseUrl;
    }

    @Override
    public long createChat(ChatContext context) {
        InputChecks.context(CREATE_CHAT, context);
        CreateChatResult result = exchange.call(CREATE_CHAT,
                requests.postJson(CREATE_CHAT, CreateChatRequest.of(context)), CREATE_CHAT_ANSWER, true);
        return result.chatId();
    }

    @Override
    public ChatInfo getChat(long chatId) {
        InputChecks.id(GET_CHAT, "chatId", chatId);
        return exchange.call(GET_CHAT, requests.get(GET_CHAT, "chatId", chatId), CHAT_ANSWER, true);
    }

    @Override
    public ChatsPage getChats(GetChatsRequest filter, String pageToken, int limit) {
        InputChecks.pageLimit(GET_CHATS, limit, ApiLimits.MAX_CHATS_PAGE_LIMIT);
        GetChatsRequest body = filter == null ? GetChatsRequest.ALL : filter;
        return exchange.call(GET_CHATS,
                requests.postJson(GET_CHATS, body, "pageToken", pageToken, "limit", limit), CHATS_ANSWER, true);
    }

    @Override
    public ChatHistoryPage getChatHistory(long chatId, Long messageIdFrom, String pageToken, int limit) {
        InputChecks.id(GET_CHAT_HISTORY, "chatId", chatId);
        if (messageIdFrom != null) {
            InputChecks.id(GET_CHAT_HISTORY, "messageIdFrom", messageIdFrom);
        }
        InputChecks.pageLimit(GET_CHAT_HISTORY, limit, ApiLimits.MAX_HISTORY_PAGE_LIMIT);
        return exchange.call(GET_CHAT_HISTORY,
                requests.postJson(GET_CHAT_HISTORY, new GetChatHistoryRequest(messageIdFrom),
                        "chatId", chatId, "pageToken", pageToken, "limit", limit),
                HISTORY_ANSWER, true);
    }

    @Override
    public ChatMessage getChatMessage(long chatId, long messageId) {
        InputChecks.id(GET_CHAT_MESSAGE, "chatId", chatId);
        InputChecks.id(GET_CHAT_MESSAGE, "messageId", messageId);
        return exchange.call(GET_CHAT_MESSAGE,
                requests.get(GET_CHAT_MESSAGE, "chatId", chatId, "messageId", messageId), MESSAGE_ANSWER, true);
    }

    @Override
    public void sendMessage(long chatId, String text) {
        InputChecks.id(SEND_MESSAGE_TO_CHAT, "chatId", chatId);
        InputChecks.messageText(SEND_MESSAGE_TO_CHAT, text);
        exchange.call(SEND_MESSAGE_TO_CHAT,
                requests.postJson(SEND_MESSAGE_TO_CHAT, new SendMessageRequest(text), "chatId", chatId),
                EMPTY_ANSWER, false);
    }

    @Override
    public void sendFile(long chatId, Path file, UploadProgressListener progress) {
        InputChecks.id(SEND_FILE_TO_CHAT, "chatId", chatId);
        InputChecks.uploadFile(SEND_FILE_TO_CHAT, file);
        MultipartUpload upload;
        try {
            upload = MultipartUpload.of(file, progress);
        } catch (FileNotFoundException e) {
            // Deleted between the check and the upload.
            throw ApiException.invalidInput(SEND_FILE_TO_CHAT, InputProblem.FILE_MISSING, "the file does not exist");
        }
        exchange.call(SEND_FILE_TO_CHAT, requests.postMultipart(SEND_FILE_TO_CHAT, upload, "chatId", chatId),
                EMPTY_ANSWER, false);
    }

    @Override
    public void downloadAttachment(String url, Path target) {
        downloader.download(url, target);
    }

    /** Names the endpoint and business; the token is masked. */
    @Override
    public String toString() {
        return "HttpChatsApi[" + baseUrl + ", business " + businessId + ", " + credentials + "]";
    }

    private static JavaType envelopeOf(Class<?> resultType) {
        return ApiJson.mapper().getTypeFactory().constructParametricType(ApiEnvelope.class, resultType);
    }
}
