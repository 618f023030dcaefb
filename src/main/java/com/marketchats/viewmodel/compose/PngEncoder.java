package com.marketchats.viewmodel.compose;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes ARGB pixels as a PNG (8-bit RGBA, no filtering). The app's module does not read
 * {@code java.desktop}, and JavaFX can read images but not write them, so a pasted screenshot is encoded
 * here: a signature, an IHDR chunk, one zlib-compressed IDAT chunk and an IEND chunk.
 */
final class PngEncoder {

    static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int BIT_DEPTH = 8;
    private static final int COLOR_TYPE_RGBA = 6;
    private static final int FILTER_NONE = 0;

    private PngEncoder() {
    }

    /**
     * @param argbPixels row by row, {@code width * height} values as {@code 0xAARRGGBB}
     */
    static byte[] encode(int width, int height, int[] argbPixels) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("an image needs at least one pixel, was " + width + "x" + height);
        }
        if (argbPixels.length != (long) width * height) {
            throw new IllegalArgumentException("expected " + (long) width * height + " pixels, got "
                    + argbPixels.length);
        }
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            png.write(SIGNATURE);
            writeChunk(png, "IHDR", header(width, height));
            writeChunk(png, "IDAT", compressedRows(width, height, argbPixels));
            writeChunk(png, "IEND", new byte[0]);
            return png.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
    }

    private static byte[] header(int width, int height) {
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = BIT_DEPTH;
        header[9] = COLOR_TYPE_RGBA;
        // bytes 10-12: deflate compression, adaptive filtering, no interlace: all 0
        return header;
    }

    private static byte[] compressedRows(int width, int height, int[] argb) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (DeflaterOutputStream zlib = new DeflaterOutputStream(compressed)) {
            byte[] row = new byte[1 + width * 4];
            row[0] = FILTER_NONE;
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    int pixel = argb[y * width + x];
                    int at = 1 + x * 4;
                    row[at] = (byte) (pixel >>> 16);
                    row[at + 1] = (byte) (pixel >>> 8);
                    row[at + 2] = (byte) pixel;
                    row[at + 3] = (byte) (pixel >>> 24);
                }
                zlib.write(row);
            }
        }
        return compressed.toByteArray();
    }

    private static void writeChunk(OutputStream out, String type, byte[] data) throws IOException {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        byte[] length = new byte[4];
        putInt(length, 0, data.length);
        out.write(length);
        out.write(typeBytes);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        byte[] checksum = new byte[4];
        putInt(checksum, 0, (int) crc.getValue());
        out.write(checksum);
    }

    private static void putInt(byte[] target, int at, int value) {
        target[at] = (byte) (value >>> 24);
        target[at + 1] = (byte) (value >>> 16);
        target[at + 2] = (byte) (value >>> 8);
        target[at + 3] = (byte) value;
    }
}
