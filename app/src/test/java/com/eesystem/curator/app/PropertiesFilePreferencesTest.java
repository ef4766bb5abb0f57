package com.eesystem.curator.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PropertiesFilePreferencesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:15:30Z"), ZoneOffset.UTC);

    @TempDir
    Path dataDir;

    @Test
    void aValueSurvivesReopeningTheFile() {
        PropertiesFilePreferences.in(dataDir, CLOCK).put("anna", "ui.theme", "dark");

        assertThat(PropertiesFilePreferences.in(dataDir, CLOCK).get("anna", "ui.theme"))
                .contains("dark");
    }

    @Test
    void valuesWithSeparatorsNewlinesAndUmlautsComeBackUnchanged() {
        String awkward = "a=b: c\\d\nzweite Zeile — ÄÖÜ €";
        PropertiesFilePreferences.in(dataDir, CLOCK).put("anna", "editor.last=search", awkward);

        assertThat(PropertiesFilePreferences.in(dataDir, CLOCK).get("anna", "editor.last=search"))
                .contains(awkward);
    }

    @Test
    void eachUserSeesOnlyTheirOwnPreferences() {
        PropertiesFilePreferences preferences = PropertiesFilePreferences.in(dataDir, CLOCK);
        preferences.put("anna", "ui.theme", "dark");
        preferences.put("anna", "ui.shell.page", "review");
        preferences.put("annabel", "ui.theme", "light");

        assertThat(preferences.all("anna"))
                .containsExactlyInAnyOrderEntriesOf(java.util.Map.of("ui.theme", "dark", "ui.shell.page", "review"));
        assertThat(preferences.get("annabel", "ui.shell.page")).isEmpty();
    }

    @Test
    void replacingAValueLeavesOnlyTheFileAndNoTemporaryFiles() throws IOException {
        PropertiesFilePreferences preferences = PropertiesFilePreferences.in(dataDir, CLOCK);
        preferences.put("anna", "ui.theme", "dark");
        preferences.put("anna", "ui.theme", "light");

        try (Stream<Path> files = Files.list(dataDir)) {
            assertThat(files).containsExactly(dataDir.resolve(PropertiesFilePreferences.FILE_NAME));
        }
        assertThat(PropertiesFilePreferences.in(dataDir, CLOCK).get("anna", "ui.theme"))
                .contains("light");
    }

    @Test
    void anUnreadableFileIsKeptAsideAndDefaultsApply() throws IOException {
        Path file = dataDir.resolve(PropertiesFilePreferences.FILE_NAME);
        Files.writeString(file, "anna/ui.theme=\\uZZZZ\n");

        PropertiesFilePreferences preferences = PropertiesFilePreferences.in(dataDir, CLOCK);

        assertThat(preferences.get("anna", "ui.theme")).isEmpty();
        Path aside = dataDir.resolve(PropertiesFilePreferences.FILE_NAME + ".unreadable-20261125-101530");
        assertThat(aside).hasContent("anna/ui.theme=\\uZZZZ");
        preferences.put("anna", "ui.theme", "dark");
        assertThat(aside).exists();
    }

    @Test
    void aUserIdThatCouldCollideWithAnotherUsersKeysIsRefusedByName() {
        PropertiesFilePreferences preferences = PropertiesFilePreferences.in(dataDir, CLOCK);

        assertThatThrownBy(() -> preferences.put("anna/ui", "theme", "dark"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("userId: \"anna/ui\"");
        assertThatThrownBy(() -> preferences.get("anna", " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("key: \" \" is blank");
    }

    @Test
    void aFailedWriteLeavesTheValueAsItWasAndSaysWhichFile() throws IOException {
        // a plain file where the preferences' folder should be makes every write fail, even for root
        Path notAFolder = dataDir.resolve("not-a-folder");
        PropertiesFilePreferences preferences = PropertiesFilePreferences.in(notAFolder, CLOCK);
        Files.writeString(notAFolder, "in the way");

        assertThatThrownBy(() -> preferences.put("anna", "ui.theme", "light"))
                .hasMessageContaining(
                        "preferences: cannot write " + notAFolder.resolve(PropertiesFilePreferences.FILE_NAME));
        assertThat(preferences.get("anna", "ui.theme")).isEmpty();
    }
}
