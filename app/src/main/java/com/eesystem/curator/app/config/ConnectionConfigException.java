package com.eesystem.curator.app.config;

/** The saved connection config cannot be read, decrypted or written; the message names the file or field. */
public final class ConnectionConfigException extends RuntimeException {

    public ConnectionConfigException(String message) {
        super(message);
    }

    public ConnectionConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
