package com.eesystem.curator.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class LogFilesTest {

    @TempDir
    Path dataDir;

    @Test
    void afterTheDataDirIsKnownTheLogGoesToItsLogsFolder() throws IOException {
        DataDirectory dataDirectory = new DataDirectory(dataDir);
        LogFiles.writeTo(dataDirectory);

        LoggerFactory.getLogger("com.eesystem.curator.test").info("written to the data dir's log");

        Path log = LogFiles.file(dataDirectory);
        assertThat(log).exists();
        assertThat(Files.readString(log)).contains("INFO").contains("written to the data dir's log");
    }

    @Test
    void debugMessagesStayOutOfTheFile() throws IOException {
        DataDirectory dataDirectory = new DataDirectory(dataDir.resolve("other"));
        LogFiles.writeTo(dataDirectory);

        LoggerFactory.getLogger("com.eesystem.curator.test").debug("too chatty for the file");
        LoggerFactory.getLogger("com.eesystem.curator.test").warn("worth keeping");

        assertThat(Files.readString(LogFiles.file(dataDirectory)))
                .contains("worth keeping")
                .doesNotContain("too chatty");
    }

    @Test
    void anErrorTheUserAlreadyReadGoesToTheFileWithItsCause() throws IOException {
        DataDirectory dataDirectory = new DataDirectory(dataDir.resolve("third"));
        LogFiles.writeTo(dataDirectory);

        LoggerFactory.getLogger("com.eesystem.curator.test")
                .error(LogFiles.ALREADY_SHOWN, "gui failed", new IllegalStateException("data dir x cannot be created"));

        assertThat(Files.readString(LogFiles.file(dataDirectory)))
                .contains("ERROR")
                .contains("gui failed")
                .contains("java.lang.IllegalStateException: data dir x cannot be created")
                .contains("\tat ");
    }
}
