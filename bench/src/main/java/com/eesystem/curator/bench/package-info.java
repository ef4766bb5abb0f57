/** JMH benchmarks; results go to docs/benchmarks.md with the machine and date. */
package com.eesystem.curator.bench;
