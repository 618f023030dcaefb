package com.marketchats.service.inbox;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SafeFileNamesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "photo.jpg|photo.jpg",
            "../../x|x",
            "..\\..\\windows\\system32\\evil.dll|evil.dll",
            "/etc/passwd|passwd",
            "con.txt|_con.txt",
            "LPT1|_LPT1",
            "aux.tar.gz|_aux.tar.gz",
            "a:b*c?.pdf|a_b_c_.pdf",
            ".bashrc|bashrc",
            "report. |report",
            "..|attachment",
            "''|attachment",
            "Счёт №5.pdf|Счёт №5.pdf",
            "invoice\u202Efdp.exe|invoicefdp.exe",
            "\u2066photo\u2069\u200B.jpg\uFEFF\u200F|photo.jpg",
            "../\u202A..\u202C/x\u200D.pdf|x.pdf",
    })
    void namesBecomeHarmless(String given, String expected) {
        assertThat(SafeFileNames.of(given)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "extension of {0} is [{1}]")
    @CsvSource(delimiter = '|', value = {"photo.JPG|.JPG", "../x|''", "a.b/c.pdf|.pdf", "x.sh;rm|''",
            "scan\u202Egpj.exe|.exe"})
    void extensionsAreSafe(String given, String expected) {
        assertThat(SafeFileNames.extensionOf(given)).isEqualTo(expected);
    }

    @Test
    void longNamesKeepTheirExtension() {
        String name = "a".repeat(400) + ".pdf";
        assertThat(SafeFileNames.of(name)).hasSize(150).endsWith(".pdf");
    }
}
