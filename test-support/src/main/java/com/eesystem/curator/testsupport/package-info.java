/** JUnit 5 extensions that run real test servers (Cassandra 5, Redis) on free loopback ports. */
package com.eesystem.curator.testsupport;
