package com.eesystem.curator.app;

import com.eesystem.curator.domain.demo.DemoRecord;
import com.eesystem.curator.ui.settings.DemoWorkspaceControls;
import java.util.Objects;

/** The Settings page's "Demo workspace" section on the workstation's local store. */
public final class WorkstationDemo implements DemoWorkspaceControls {

    private final Workstation workstation;

    public WorkstationDemo(Workstation workstation) {
        this.workstation = Objects.requireNonNull(workstation, "workstation");
    }

    @Override
    public boolean present() {
        return workstation.store().demoRecord().state() instanceof DemoRecord.State.Seeded;
    }

    @Override
    public String clear() {
        DemoRecord.Removed removed = workstation.clearDemo();
        return removed.content() + " posts, " + removed.checks() + " checks, " + removed.decisions()
                + " review decisions, " + removed.scheduleEntries() + " calendar entries, "
                + removed.guidelines() + " brand guidelines and " + removed.knowledge() + " brand knowledge entries";
    }
}
