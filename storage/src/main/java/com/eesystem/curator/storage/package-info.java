/** Adapters for the domain ports: local (SQLite), astra (Cassandra), redis (Lettuce), sync. */
package com.eesystem.curator.storage;
