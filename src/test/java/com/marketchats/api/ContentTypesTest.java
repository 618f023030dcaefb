package com.marketchats.api;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The table used where the platform cannot probe a file's type, and for the sandbox's served files. */
class ContentTypesTest {

    @ParameterizedTest
    @CsvSource({
            "photo.jpg, image/jpeg",
            "PHOTO.JPEG, image/jpeg",
            "a.png, image/png",
            "a.gif, image/gif",
            "a.webp, image/webp",
            "IMG_0001.HEIC, image/heic",
            "a.pdf, application/pdf",
            "a.txt, text/plain",
            "a.doc, application/msword",
            "a.docx, application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "a.xls, application/vnd.ms-excel",
            "a.xlsx, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "video.mp4, video/mp4",
            "photos.zip, application/zip",
            "archive.7z, application/octet-stream",
            "noextension, application/octet-stream",
            "trailingdot., application/octet-stream"})
    void knownExtensionsHaveTheirTypeAndOthersAreOctetStream(String fileName, String expected) {
        assertThat(ContentTypes.byExtension(fileName)).isEqualTo(expected);
    }
}
