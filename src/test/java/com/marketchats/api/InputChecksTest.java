package com.marketchats.api;

import com.marketchats.api.ApiException.InputProblem;
import com.marketchats.api.ApiException.Kind;
import com.marketchats.api.dto.ChatContext;
import com.marketchats.api.dto.ChatContextIdentifiableType;
import com.marketchats.api.dto.GetChatsRequest;
import com.marketchats.testing.InvisibleTexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.marketchats.api.ScriptedServer.json;
import static com.marketchats.api.TestClients.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Input the spec forbids is refused with a precise reason, and nothing is sent. */
class InputChecksTest extends ScriptedClientFixture {

    private static final String EMOJI = "😀"; // one code point, two UTF-16 chars

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 21})
    void getChatsLimitOutside1To20IsRefused(int limit) {
        assertRefused(() -> api.getChats(GetChatsRequest.ALL, null, limit), InputProblem.LIMIT_OUT_OF_RANGE);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 101})
    void historyLimitOutside1To100IsRefused(int limit) {
        assertRefused(() -> api.getChatHistory(7, null, null, limit), InputProblem.LIMIT_OUT_OF_RANGE);
    }

    @Test
    void theLimitsAtTheEdgesAreSent() {
        server.enqueue(json(200, ok("{\"chats\":[]}")), json(200, ok("{\"chats\":[]}")),
                json(200, ok("{\"context\":{\"type\":\"ORDER\"},\"messages\":[]}")));

        api.getChats(GetChatsRequest.ALL, null, 1);
        api.getChats(GetChatsRequest.ALL, null, ApiLimits.MAX_CHATS_PAGE_LIMIT);
        api.getChatHistory(7, null, null, ApiLimits.MAX_HISTORY_PAGE_LIMIT);

        assertThat(server.requests()).extracting(r -> r.query().get("limit")).containsExactly("1", "20", "100");
    }

    @Test
    void idsBelowOneAreRefusedForEveryOperation() {
        assertRefused(() -> api.getChat(0), InputProblem.ID_OUT_OF_RANGE);
        assertRefused(() -> api.getChatMessage(-5, 1), InputProblem.ID_OUT_OF_RANGE);
        assertRefused(() -> api.getChatMessage(7, 0), InputProblem.ID_OUT_OF_RANGE);
        assertRefused(() -> api.getChatHistory(0, null, null, 50), InputProblem.ID_OUT_OF_RANGE);
        assertRefused(() -> api.getChatHistory(7, 0L, null, 50), InputProblem.ID_OUT_OF_RANGE);
        assertRefused(() -> api.sendMessage(0, "hi"), InputProblem.ID_OUT_OF_RANGE);
        assertRefused(() -> api.sendFile(0, null, UploadProgressListener.NONE), InputProblem.ID_OUT_OF_RANGE);
        assertRefused(() -> api.createChat(ChatContext.order(0)), InputProblem.ID_OUT_OF_RANGE);
    }

    @Test
    void createChatNeedsAnOrderOrReturnContext() {
        assertRefused(() -> api.createChat(null), InputProblem.CONTEXT_MISSING);
        assertRefused(() -> api.createChat(new ChatContext(ChatContextIdentifiableType.UNKNOWN, 5)),
                InputProblem.CONTEXT_MISSING);
    }

    @Test
    void anEmptyOrBlankMessageIsRefused() {
        assertRefused(() -> api.sendMessage(7, null), InputProblem.MESSAGE_EMPTY);
        assertRefused(() -> api.sendMessage(7, ""), InputProblem.MESSAGE_EMPTY);
        assertRefused(() -> api.sendMessage(7, "  \n\t "), InputProblem.MESSAGE_EMPTY);
        for (String invisible : InvisibleTexts.ALL) {
            assertRefused(() -> api.sendMessage(7, invisible), InputProblem.MESSAGE_EMPTY);
        }
        assertThat(server.requests()).as("nothing may be sent").isEmpty();
    }

    @Test
    void aMessageOf4096CodePointsIsSentEvenWhenItsEmojiTakeTwoJavaChars() {
        server.enqueue(ScriptedServer.ok(), ScriptedServer.ok());
        String emoji4096 = EMOJI.repeat(ApiLimits.MAX_MESSAGE_LENGTH);
        assertThat(emoji4096.length()).isEqualTo(2 * ApiLimits.MAX_MESSAGE_LENGTH);

        api.sendMessage(7, "a".repeat(ApiLimits.MAX_MESSAGE_LENGTH));
        api.sendMessage(7, emoji4096);

        assertThat(server.requests()).hasSize(2);
        assertThat(TestClients.json(server.requests().get(1).body()).get("message").asText()).isEqualTo(emoji4096);
    }

    @Test
    void aMessageOf4097CodePointsIsRefused() {
        assertRefused(() -> api.sendMessage(7, "a".repeat(ApiLimits.MAX_MESSAGE_LENGTH + 1)),
                InputProblem.MESSAGE_TOO_LONG);
        assertRefused(() -> api.sendMessage(7, EMOJI.repeat(ApiLimits.MAX_MESSAGE_LENGTH) + "a"),
                InputProblem.MESSAGE_TOO_LONG);
    }

    private void assertRefused(Executable call, InputProblem problem) {
        ApiException e = catchThrowableOfType(ApiException.class, call::execute);
        assertThat(e).as("expected refusal %s", problem).isNotNull();
        assertThat(e.kind()).isEqualTo(Kind.INVALID_INPUT);
        assertThat(e.inputProblem()).isEqualTo(problem);
        assertThat(e.httpStatus()).isZero();
        assertThat(e.retryable()).isFalse();
        assertThat(e.outcomeUncertain()).isFalse();
        assertThat(server.requests()).as("nothing may be sent").isEmpty();
    }
}
