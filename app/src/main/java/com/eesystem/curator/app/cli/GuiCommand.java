package com.eesystem.curator.app.cli;

import com.eesystem.curator.ui.shell.CuratorApplication;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "gui", mixinStandardHelpOptions = true, description = "Open the Curator window.")
final class GuiCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        CuratorApplication.launchWindow();
        return 0;
    }
}
