import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes the few small files the sandbox's demo data attaches to messages (two "photos", two PNG
 * pictures and a one-page PDF). Run once from the project folder:
 *   java -Djava.awt.headless=true assets/tools/MakeSandboxFiles.java
 * The outputs are committed under src/main/resources/com/marketchats/sandbox/files/, so the app itself
 * needs no java.desktop module. This one-off generator lives under assets/, outside src/, so that
 * Maven compiles it neither into the app nor into the tests (it needs java.desktop, which the
 * module does not read).
 */
public class MakeSandboxFiles {

    static final Path OUT = Path.of("src/main/resources/com/marketchats/sandbox/files");

    public static void main(String[] args) throws IOException {
        Files.createDirectories(OUT);
        jpeg("phone-case.jpg", phoneCase());
        jpeg("damaged-cup.jpg", damagedCup());
        png("size-chart.png", sizeChart());
        png("kettle-label.png", kettleLabel());
        Files.write(OUT.resolve("receipt.pdf"), receiptPdf());
    }

    static BufferedImage phoneCase() {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(image);
        g.setPaint(new GradientPaint(0, 0, new Color(0xE9E4DA), 320, 240, new Color(0xC9C2B4)));
        g.fillRect(0, 0, 320, 240);
        g.setColor(new Color(0x2F7D4A));
        g.fillRoundRect(110, 30, 100, 185, 28, 28);
        g.setColor(new Color(0x1E5531));
        g.fillRoundRect(125, 42, 38, 52, 12, 12);
        g.setColor(new Color(0x111111));
        g.fillOval(132, 50, 22, 22);
        g.fillOval(132, 72, 14, 14);
        return image;
    }

    static BufferedImage damagedCup() {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(image);
        g.setPaint(new GradientPaint(0, 0, new Color(0xB99B75), 0, 240, new Color(0x8A6E4E)));
        g.fillRect(0, 0, 320, 240);
        g.setColor(Color.WHITE);
        g.fillRoundRect(95, 70, 120, 110, 20, 20);
        g.setStroke(new BasicStroke(14));
        g.drawArc(195, 95, 55, 55, -90, 180);
        g.setColor(new Color(0x3B6EA8));
        g.fillRect(95, 110, 120, 12);
        g.setColor(new Color(0x8A6E4E));
        g.fillPolygon(new int[] {150, 172, 160}, new int[] {70, 70, 92}, 3);
        g.setColor(new Color(0x555555));
        g.setStroke(new BasicStroke(2));
        g.drawLine(160, 92, 166, 130);
        g.drawLine(166, 130, 158, 150);
        return image;
    }

    static BufferedImage sizeChart() {
        String[][] rows = {
                {"Размер", "Грудь, см", "Талия, см", "Рост, см"},
                {"S", "88–92", "72–76", "164–170"},
                {"M", "96–100", "80–84", "170–176"},
                {"L", "104–108", "88–92", "176–182"},
                {"XL", "112–116", "96–100", "182–188"}};
        BufferedImage image = new BufferedImage(360, 170, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(image);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 360, 170);
        g.setFont(new Font("DejaVu Sans", Font.PLAIN, 13));
        for (int r = 0; r < rows.length; r++) {
            g.setColor(r == 0 ? new Color(0xFFDD55) : (r % 2 == 0 ? new Color(0xF4F4F4) : Color.WHITE));
            g.fillRect(10, 10 + r * 30, 340, 30);
            g.setColor(Color.DARK_GRAY);
            for (int c = 0; c < rows[r].length; c++) {
                g.drawString(rows[r][c], 18 + c * 85, 30 + r * 30);
            }
        }
        g.drawRect(10, 10, 340, 150);
        return image;
    }

    static BufferedImage kettleLabel() {
        BufferedImage image = new BufferedImage(300, 140, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(image);
        g.setColor(new Color(0xF7F7F2));
        g.fillRect(0, 0, 300, 140);
        g.setColor(Color.BLACK);
        g.drawRect(6, 6, 287, 127);
        g.setFont(new Font("DejaVu Sans", Font.BOLD, 15));
        g.drawString("Чайник электрический", 18, 32);
        g.setFont(new Font("DejaVu Sans", Font.PLAIN, 12));
        g.drawString("Модель: KT-1720   220–240 В ~ 50 Гц", 18, 58);
        g.drawString("Мощность: 2200 Вт   Объём: 1,7 л", 18, 78);
        g.drawString("Серийный №: 2405-118-0932", 18, 98);
        g.drawString("Дата изготовления: 05.2024", 18, 118);
        return image;
    }

    static Graphics2D start(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        return g;
    }

    static void png(String name, BufferedImage image) throws IOException {
        ImageIO.write(image, "png", OUT.resolve(name).toFile());
    }

    static void jpeg(String name, BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.8f);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(OUT.resolve(name).toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        }
        writer.dispose();
    }

    /** A one-page PDF 1.4 with Helvetica text (Latin only: the standard fonts carry no Cyrillic). */
    static byte[] receiptPdf() {
        String text = String.join("\n",
                "BT /F1 16 Tf 50 780 Td (Cash receipt / Kassovyi chek) Tj ET",
                "BT /F1 11 Tf 50 750 Td (Order 51234567808, sandbox demo data) Tj ET",
                "BT /F1 11 Tf 50 730 Td (Bed linen set, 2-sleeping, satin ......... 4 590.00 RUB) Tj ET",
                "BT /F1 11 Tf 50 710 Td (Delivery ........................................ 0.00 RUB) Tj ET",
                "BT /F1 12 Tf 50 680 Td (Total: 4 590.00 RUB) Tj ET");
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                        + " /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + text.length() + " >>\nstream\n" + text + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        write(out, "%PDF-1.4\n");
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int xref = out.size();
        write(out, "xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (int offset : offsets) {
            write(out, String.format("%010d 00000 n \n", offset));
        }
        write(out, "trailer\n<< /Size " + (objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
        return out.toByteArray();
    }

    static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
