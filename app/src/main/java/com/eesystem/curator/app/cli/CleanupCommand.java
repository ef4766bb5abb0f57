package com.eesystem.curator.app.cli;

import com.eesystem.curator.storage.local.CleanupReport;
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
        return LocalStoreCommands.withStore(parent.dataDirectory(), spec, store -> {
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
        });
    }
}
