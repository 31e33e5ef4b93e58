/**
 * Benchmarks: they report figures and are not part of the pass/fail test run. Run them with
 * {@code ./mvnw -B verify -Pbench}; the figures are printed and written to {@code ear/target/bench}.
 */
package org.yiyang.bench;
