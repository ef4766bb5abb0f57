/** The Curator domain: records, enums, state machines, rules and the ports to everything outside. JDK only. */
package com.eesystem.curator.domain;
