package com.marketchats.sandbox;

import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Paging tokens are opaque, URL-safe, and refused when altered or used for another list. */
class PageTokenTest {

    @Test
    void aTokenCarriesItsPositionBack() throws ApiFailure {
        String token = PageToken.encode(PageToken.CHATS, 1_795_644_723_396L, 7_000_001L);

        assertThat(token).matches("[A-Za-z0-9_-]+");
        assertThat(PageToken.decode(token, PageToken.CHATS, 2)).containsExactly(1_795_644_723_396L, 7_000_001L);
    }

    @Test
    void anAlteredOrForeignTokenIsRefused() {
        String token = PageToken.encode(PageToken.HISTORY, 7_000_001L, 90_000_010L);
        String forged = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(new String(Base64.getUrlDecoder().decode(token)).replace("90000010", "90000011").getBytes());

        assertThatThrownBy(() -> PageToken.decode(forged, PageToken.HISTORY, 2)).isInstanceOf(ApiFailure.class);
        assertThatThrownBy(() -> PageToken.decode(token, PageToken.CHATS, 2)).isInstanceOf(ApiFailure.class);
        assertThatThrownBy(() -> PageToken.decode(token.substring(1), PageToken.HISTORY, 2)).isInstanceOf(ApiFailure.class);
        assertThatThrownBy(() -> PageToken.decode("***", PageToken.HISTORY, 2)).isInstanceOf(ApiFailure.class);
    }
}
