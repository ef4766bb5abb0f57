package com.eesystem.curator.storage.local;

/** How many rows one cleanup removed, per table. */
public record CleanupReport(
        int expiredSessions,
        int expiredCacheEntries,
        int expiredTempContent,
        int finishedGenerationTasks,
        int expiredAgentMemories) {

    public int total() {
        return expiredSessions
                + expiredCacheEntries
                + expiredTempContent
                + finishedGenerationTasks
                + expiredAgentMemories;
    }

    @Override
    public String toString() {
        return "removed " + expiredSessions + " expired sessions, " + expiredCacheEntries + " cache entries, "
                + expiredTempContent + " temp content rows, " + finishedGenerationTasks
                + " finished generation tasks, " + expiredAgentMemories + " agent memories";
    }
}
