package com.marketchats.viewmodel.compose;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The PNG a pasted image becomes, read back chunk by chunk (the module has no ImageIO). */
class PngEncoderTest {

    private static final int[] PIXELS = {
        0xFFFF0000, 0xFF00FF00, 0xFF0000FF,
        0x80FFFFFF, 0x00000000, 0xFF123456};

    @Test
    void writesTheSignatureAHeaderAndChunksWithValidChecksums() {
        byte[] png = PngEncoder.encode(3, 2, PIXELS);

        assertThat(png).startsWith(PngEncoder.SIGNATURE);
        Map<String, byte[]> chunks = chunks(png);
        assertThat(chunks.keySet()).containsExactly("IHDR", "IDAT", "IEND");
        ByteBuffer header = ByteBuffer.wrap(chunks.get("IHDR"));
        assertThat(header.getInt()).as("width").isEqualTo(3);
        assertThat(header.getInt()).as("height").isEqualTo(2);
        assertThat(header.get()).as("bit depth").isEqualTo((byte) 8);
        assertThat(header.get()).as("colour type RGBA").isEqualTo((byte) 6);
        assertThat(header.get()).as("compression").isZero();
        assertThat(header.get()).as("filter method").isZero();
        assertThat(header.get()).as("no interlace").isZero();
        assertThat(chunks.get("IEND")).isEmpty();
    }

    @Test
    void theImageDataInflatesBackToThePixelsInRgbaOrder() throws DataFormatException {
        byte[] rows = inflate(chunks(PngEncoder.encode(3, 2, PIXELS)).get("IDAT"));

        assertThat(rows).hasSize(2 * (1 + 3 * 4));
        for (int y = 0; y < 2; y++) {
            int rowStart = y * (1 + 3 * 4);
            assertThat(rows[rowStart]).as("filter type of row %d", y).isZero();
            for (int x = 0; x < 3; x++) {
                int at = rowStart + 1 + x * 4;
                int argb = ((rows[at + 3] & 0xFF) << 24) | ((rows[at] & 0xFF) << 16)
                        | ((rows[at + 1] & 0xFF) << 8) | (rows[at + 2] & 0xFF);
                assertThat(argb).as("pixel %d,%d", x, y).isEqualTo(PIXELS[y * 3 + x]);
            }
        }
    }

    @Test
    void refusesAnImageWithoutPixelsOrWithTheWrongNumberOfThem() {
        assertThatThrownBy(() -> PngEncoder.encode(0, 2, new int[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PngEncoder.encode(2, 2, new int[3])).isInstanceOf(IllegalArgumentException.class);
    }

    /** Every chunk's data by type, after checking its CRC over type and data. */
    private static Map<String, byte[]> chunks(byte[] png) {
        Map<String, byte[]> chunks = new LinkedHashMap<>();
        ByteBuffer buffer = ByteBuffer.wrap(png, 8, png.length - 8);
        while (buffer.hasRemaining()) {
            int length = buffer.getInt();
            byte[] type = new byte[4];
            buffer.get(type);
            byte[] data = new byte[length];
            buffer.get(data);
            CRC32 crc = new CRC32();
            crc.update(type);
            crc.update(data);
            String name = new String(type, StandardCharsets.US_ASCII);
            assertThat(buffer.getInt()).as("CRC of %s", name).isEqualTo((int) crc.getValue());
            chunks.put(name, data);
        }
        return chunks;
    }

    private static byte[] inflate(byte[] compressed) throws DataFormatException {
        Inflater inflater = new Inflater();
        inflater.setInput(compressed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[256];
        while (!inflater.finished()) {
            int read = inflater.inflate(buffer);
            assertThat(read > 0 || inflater.finished()).as("the stream ends properly").isTrue();
            out.write(buffer, 0, read);
        }
        inflater.end();
        return out.toByteArray();
    }
}
