package com.marketchats.service.autostart;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The macOS LaunchAgent, written into a temporary folder and read back with an XML parser. */
class LaunchAgentAutostartTest {

    @TempDir
    Path agents;

    @Test
    void turningOnWritesAnAgentThatRunsTheLauncherMinimisedAtLogin() throws Exception {
        Path launcher = Path.of("/Applications/Tom & Jerry <Shop>/Market Chats.app/Contents/MacOS/Market Chats");
        LaunchAgentAutostart autostart = new LaunchAgentAutostart(agents, launcher);
        assertThat(autostart.isEnabled()).isFalse();

        autostart.enable();

        assertThat(autostart.isEnabled()).isTrue();
        Map<String, Node> dict = dict(agents.resolve("com.marketchats.app.plist"));
        assertThat(dict.get("Label").getTextContent()).isEqualTo("com.marketchats.app");
        assertThat(strings(dict.get("ProgramArguments"))).containsExactly(launcher.toString(), "--minimized");
        assertThat(dict.get("RunAtLoad").getNodeName()).isEqualTo("true");
    }

    @Test
    void turningOffDeletesTheAgentAndAnAbsentOneIsNoError() throws IOException {
        LaunchAgentAutostart autostart = new LaunchAgentAutostart(agents, Path.of("/Applications/x"));
        autostart.enable();

        autostart.disable();

        assertThat(agents.resolve("com.marketchats.app.plist")).doesNotExist();
        assertThat(autostart.isEnabled()).isFalse();
        autostart.disable();
    }

    /** The top-level dict of a property list, each key with the element that follows it. */
    private static Map<String, Node> dict(Path plist) throws ParserConfigurationException, IOException, SAXException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // The DOCTYPE names Apple's DTD on the web: parse without fetching it.
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document document = factory.newDocumentBuilder().parse(Files.newInputStream(plist));
        Element root = document.getDocumentElement();
        assertThat(root.getNodeName()).isEqualTo("plist");
        List<Element> entries = elements(elements(root).get(0));
        Map<String, Node> dict = new LinkedHashMap<>();
        for (int i = 0; i + 1 < entries.size(); i += 2) {
            assertThat(entries.get(i).getNodeName()).isEqualTo("key");
            dict.put(entries.get(i).getTextContent(), entries.get(i + 1));
        }
        return dict;
    }

    private static List<String> strings(Node array) {
        return elements(array).stream().map(Node::getTextContent).toList();
    }

    private static List<Element> elements(Node parent) {
        List<Element> elements = new ArrayList<>();
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }
}
