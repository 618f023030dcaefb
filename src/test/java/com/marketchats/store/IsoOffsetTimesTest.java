package com.marketchats.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IsoOffsetTimesTest {

    @Test
    void everyTimeTheStoreWritesReadsBackEqualToTheGeneralParser() {
        Random random = new Random(20261126);
        int[] nanoShapes = {0, 0, 938_000_000, 123_456_000, 987_654_321, 100_000_000};
        for (int i = 0; i < 20_000; i++) {
            LocalDateTime local = LocalDateTime.of(1990 + random.nextInt(60), 1 + random.nextInt(12),
                    1 + random.nextInt(28), random.nextInt(24), random.nextInt(60),
                    random.nextInt(4) == 0 ? 0 : random.nextInt(60), nanoShapes[random.nextInt(nanoShapes.length)]);
            ZoneOffset offset = ZoneOffset.ofTotalSeconds((random.nextInt(57) - 28) * 30 * 60);
            String written = OffsetDateTime.of(local, offset).toString();

            assertThat(IsoOffsetTimes.parse(written)).as(written).isEqualTo(OffsetDateTime.parse(written));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-24T06:26+03:00", "2026-11-24T06:26:37Z", "2026-11-24T06:26:37.9-05:30",
            "2026-02-28T23:59:59.999999999+14:00", "2026-11-24T06:26:37.938+03:00:30", "+12026-11-24T06:26:37Z"})
    void unusualShapesReadAsTheGeneralParserReadsThem(String text) {
        assertThat(IsoOffsetTimes.parse(text)).isEqualTo(OffsetDateTime.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30T10:00:00Z", "2026-11-24 06:26:37Z", "2026-11-24T06:26:37", "2026-11-24T06:26:37.938+0300", "yesterday", ""})
    void textThatIsNoTimeIsRefusedAsTheGeneralParserRefusesIt(String text) {
        assertThatThrownBy(() -> IsoOffsetTimes.parse(text)).isInstanceOf(DateTimeParseException.class);
    }
}
