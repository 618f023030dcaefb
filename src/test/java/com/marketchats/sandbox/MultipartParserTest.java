package com.marketchats.sandbox;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The multipart/form-data reader on hand-made bodies, including awkward but valid ones. */
class MultipartParserTest {

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsPartsWithNamesFileNamesTypesAndBinaryContent() throws ApiFailure {
        String body = "preamble to ignore\r\n--XyZ\r\n"
                + "Content-Disposition: form-data; name=\"comment\"\r\n\r\n"
                + "line one\r\nline two\r\n"
                + "--XyZ  \r\n"
                + "content-disposition: form-data; name=\"file\"; filename=\"a;b \\\"c\\\".png\"\r\n"
                + "Content-Type: image/png\r\n\r\n"
                + "\r\n--Xy not the end\r\n"
                + "--XyZ--\r\nepilogue";

        List<MultipartParser.Part> parts = MultipartParser.parse("multipart/form-data; boundary=\"XyZ\"", bytes(body));

        assertThat(parts).hasSize(2);
        assertThat(parts.get(0).name()).isEqualTo("comment");
        assertThat(parts.get(0).filename()).isNull();
        assertThat(new String(parts.get(0).bytes(), StandardCharsets.UTF_8)).isEqualTo("line one\r\nline two");
        assertThat(parts.get(1).name()).isEqualTo("file");
        assertThat(parts.get(1).filename()).isEqualTo("a;b \"c\".png");
        assertThat(parts.get(1).contentType()).isEqualTo("image/png");
        assertThat(new String(parts.get(1).bytes(), StandardCharsets.UTF_8)).isEqualTo("\r\n--Xy not the end");
    }

    @Test
    void prefersTheUtf8FileNameAndReadsRawUtf8Names() throws ApiFailure {
        String body = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.jpg\"; "
                + "filename*=UTF-8''%D1%87%D0%B5%D0%BA+1.pdf\r\n\r\nA\r\n"
                + "--b\r\nContent-Disposition: form-data; name=\"other\"; filename=\"Фото.jpg\"\r\n\r\nB\r\n--b--";

        List<MultipartParser.Part> parts = MultipartParser.parse("multipart/form-data; boundary=b", bytes(body));

        assertThat(parts.get(0).filename()).isEqualTo("чек+1.pdf");
        assertThat(parts.get(1).filename()).isEqualTo("Фото.jpg");
    }

    @Test
    void aPartWithoutHeadersStillNeedsAName() {
        assertThatThrownBy(() -> MultipartParser.parse("multipart/form-data; boundary=b", bytes("--b\r\n\r\nA\r\n--b--")))
                .isInstanceOf(ApiFailure.class).hasMessageContaining("Content-Disposition");
    }

    @Test
    void refusesBrokenBodiesAndContentTypes() {
        assertThatThrownBy(() -> MultipartParser.parse("multipart/form-data; boundary=b",
                bytes("--b\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nno end")))
                .isInstanceOf(ApiFailure.class).hasMessageContaining("closing boundary");
        assertThatThrownBy(() -> MultipartParser.parse("multipart/form-data; boundary=b", bytes("nothing here")))
                .isInstanceOf(ApiFailure.class).hasMessageContaining("never occurs");
        assertThatThrownBy(() -> MultipartParser.parse("multipart/form-data", bytes("--b--")))
                .isInstanceOf(ApiFailure.class).hasMessageContaining("boundary");
        assertThatThrownBy(() -> MultipartParser.parse("text/plain", bytes("x")))
                .isInstanceOf(ApiFailure.class).hasMessageContaining("multipart/form-data");
        assertThatThrownBy(() -> MultipartParser.parse(null, bytes("x"))).isInstanceOf(ApiFailure.class);
    }
}
