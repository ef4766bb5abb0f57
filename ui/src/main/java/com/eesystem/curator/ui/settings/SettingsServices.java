package com.eesystem.curator.ui.settings;

import java.util.List;

/**
 * What the Settings page asks of the app: the connection config, the local backups and the data
 * folder. Every method may block (files, network) and is called off the FX thread; a refusal is an
 * {@link IllegalArgumentException} or {@link IllegalStateException} whose message is shown as it is.
 */
public interface SettingsServices {

    /** The saved connection without its secrets. */
    SavedConnection savedConnection();

    /** Connects once with the form's settings (saved secrets filled in) and reports in plain words. */
    ConnectionReport testConnection(ConnectionForm form);

    /** Validates and saves; applies from the next start. */
    void saveConnection(ConnectionForm form);

    /** Snapshots of the local store, newest first. */
    List<BackupEntry> backups();

    /** Takes a snapshot now. */
    BackupEntry backUpNow();

    /**
     * Checks the backup (integrity check on a copy) and, when it is good, restarts Curator on it; the
     * current database is kept aside. Returns only when the check failed (the message names why).
     */
    void restoreAndRestart(BackupEntry backup);

    /** Opens the data folder in the system's file manager. */
    void openDataFolder();

    /** The outcome of a connection test: one line per server and whether all configured ones answered. */
    record ConnectionReport(boolean allReached, List<String> lines) {
        public ConnectionReport {
            lines = List.copyOf(lines);
        }
    }

    /** For windows built without an app behind them (tests of other pages): nothing configured, nothing offered. */
    static SettingsServices unavailable() {
        return new SettingsServices() {
            @Override
            public SavedConnection savedConnection() {
                return SavedConnection.nothing();
            }

            @Override
            public ConnectionReport testConnection(ConnectionForm form) {
                throw new IllegalStateException("connection tests are not available in this window");
            }

            @Override
            public void saveConnection(ConnectionForm form) {
                throw new IllegalStateException("saving a connection is not available in this window");
            }

            @Override
            public List<BackupEntry> backups() {
                return List.of();
            }

            @Override
            public BackupEntry backUpNow() {
                throw new IllegalStateException("backups are not available in this window");
            }

            @Override
            public void restoreAndRestart(BackupEntry backup) {
                throw new IllegalStateException("restore is not available in this window");
            }

            @Override
            public void openDataFolder() {
                throw new IllegalStateException("opening the folder is not available in this window");
            }
        };
    }
}
