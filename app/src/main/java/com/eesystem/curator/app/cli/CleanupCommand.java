package com.eesystem.curator.app.cli;

import com.eesystem.curator.storage.local.CleanupReport;
import com.eesystem.curator.storage.local.LocalStore;
import com.eesystem.curator.storage.local.LocalStoreException;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "cleanup",
        mixinStandardHelpOptions = true,
        description = "Remove expired sessions, cache and temporary content and old finished generation tasks"
                + " from the local store.")
final class CleanupCommand implements Callable<Integer> {

    @ParentCommand
    CuratorCommand parent;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (LocalStore store =
                LocalStore.open(LocalStoreCommands.settings(parent.dataDirectory()), Clock.systemUTC())) {
            // opening the store already cleans up; run once more for anything that expired meanwhile
            CleanupReport atOpen = store.openingCleanup();
            CleanupReport now = store.cleanUp();
            spec.commandLine()
                    .getOut()
                    .println(new CleanupReport(
                            atOpen.expiredSessions() + now.expiredSessions(),
                            atOpen.expiredCacheEntries() + now.expiredCacheEntries(),
                            atOpen.expiredTempContent() + now.expiredTempContent(),
                            atOpen.finishedGenerationTasks() + now.finishedGenerationTasks(),
                            atOpen.expiredAgentMemories() + now.expiredAgentMemories()));
            return 0;
        } catch (LocalStoreException e) {
            spec.commandLine().getErr().println("curator cleanup: " + e.getMessage());
            return 1;
        }
    }
}
