package com.marketchats.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The builder's defaults and the configurations it refuses. */
class HttpChatsApiBuilderTest {

    private static final ApiCredentials KEY = ApiCredentials.apiKey("ACMA:key:0001");

    @Test
    void defaultsToTheProductionApi() {
        HttpChatsApi api = HttpChatsApi.builder().businessId(7).credentials(KEY).build();

        assertThat(api.baseUrl()).isEqualTo(URI.create("https://api.partner.market.yandex.ru"));
        assertThat(api.businessId()).isEqualTo(7);
    }

    @Test
    void businessIdAndCredentialsAreRequired() {
        assertThatThrownBy(() -> HttpChatsApi.builder().credentials(KEY).build()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> HttpChatsApi.builder().businessId(7).build()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> HttpChatsApi.builder().businessId(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://api.example", "api.partner.market.yandex.ru", "https://h/x?q=1", "https://user:pw@h", "https://h/#f"})
    void aBaseUrlThatIsNotAnHttpOriginIsRefused(String url) {
        assertThatThrownBy(() -> HttpChatsApi.builder().baseUrl(url)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aClientThatFollowsRedirectsIsRefused() {
        HttpClient following = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

        assertThatThrownBy(() -> HttpChatsApi.builder().httpClient(following))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("redirect");
    }

    @Test
    void settingsForACreatedClientCannotBeCombinedWithAGivenClient() {
        HttpClient client = HttpClient.newBuilder().build();

        assertThatThrownBy(() -> HttpChatsApi.builder().businessId(7).credentials(KEY)
                .httpClient(client).executor(Executors.newSingleThreadExecutor()).build())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> HttpChatsApi.builder().businessId(7).credentials(KEY)
                .httpClient(client).connectTimeout(Duration.ofSeconds(1)).build())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void timeoutsMustBePositive() {
        assertThatThrownBy(() -> HttpChatsApi.builder().requestTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HttpChatsApi.builder().uploadTimeout(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}
