package com.marketchats.bench;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JVM options the app runs with are written twice, for the installers ({@code installer/*.txt}) and for
 * {@code mvn javafx:run} (pom.xml): both must stay the same, and the benchmark's floor shares only the heap part.
 */
class ShippedJavaOptionsTest {

    @Test
    void mvnJavafxRunGivesTheAppTheInstallersJavaOptions() throws Exception {
        assertThat(javafxRunOptions()).containsExactlyElementsOf(AppProcess.shippedJavaOptions());
    }

    @Test
    void theFloorSharesTheHeapOptionsButNotTheCompilerOne() throws Exception {
        assertThat(AppProcess.heapOptions()).contains("-Xmx256m").doesNotContain("-XX:TieredStopAtLevel=1");
        assertThat(AppProcess.shippedJavaOptions()).containsAll(AppProcess.heapOptions())
                .contains("-XX:TieredStopAtLevel=1");
    }

    private static List<String> javafxRunOptions() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        NodeList plugins = pom.getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element plugin = (Element) plugins.item(i);
            if (text(plugin, "artifactId").equals("javafx-maven-plugin")) {
                NodeList options = plugin.getElementsByTagName("option");
                List<String> found = new ArrayList<>();
                for (int j = 0; j < options.getLength(); j++) {
                    found.add(options.item(j).getTextContent().strip());
                }
                return found;
            }
        }
        throw new AssertionError("pom.xml has no javafx-maven-plugin");
    }

    private static String text(Element parent, String tag) {
        NodeList children = parent.getElementsByTagName(tag);
        return children.getLength() == 0 ? "" : children.item(0).getTextContent().strip();
    }
}
