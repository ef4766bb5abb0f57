package com.eesystem.curator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentQuery;
import com.eesystem.curator.domain.paging.PageRequest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A draft survives the app being killed: a child JVM types into the editor, its autosave writes the
 * local store, the child is killed (SIGKILL, no shutdown hooks), and the reopened store holds the text.
 */
class EditorKillTest {

    private static final List<String> FX_PROPERTIES =
            List.of("glass.platform", "monocle.platform", "prism.order", "prism.text", "java.awt.headless");

    @TempDir
    Path dataDir;

    @Test
    void autosavedTextIsThereAfterTheProcessIsKilled() throws Exception {
        String text = "Ten quiet minutes in the light, every morning. Written just before the crash.";
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElseThrow());
        command.add("--enable-native-access=ALL-UNNAMED");
        for (String name : FX_PROPERTIES) {
            String value = System.getProperty(name);
            if (value != null) {
                command.add("-D" + name + "=" + value);
            }
        }
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                EditorKillChild.class.getName(),
                dataDir.toString(),
                text));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            CompletableFuture<List<String>> output = CompletableFuture.supplyAsync(() -> untilAutosaved(child));
            List<String> lines = output.get(90, TimeUnit.SECONDS);
            assertThat(lines).as("child output").contains("AUTOSAVED");
        } finally {
            child.destroyForcibly(); // SIGKILL on Linux: nothing gets to flush or close
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(child.exitValue()).as("killed, not exited").isNotZero();

        try (Workstation reopened = Workstation.open(new DataDirectory(dataDir), Clock.systemUTC(), "kill-editor")) {
            List<ContentItem> items = reopened.editorServices()
                    .library()
                    .list(ContentQuery.all(), PageRequest.first(10))
                    .items();
            assertThat(items)
                    .singleElement()
                    .satisfies(item -> assertThat(item.body().caption()).isEqualTo(text));
        }
    }

    private static List<String> untilAutosaved(Process child) {
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
                if (line.equals("AUTOSAVED")) {
                    break;
                }
            }
        } catch (java.io.IOException e) {
            lines.add("read failed: " + e);
        }
        return lines;
    }
}
