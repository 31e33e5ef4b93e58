/**
 * A test-only web module ({@code /it-probe}) deployed into the EAR by the integration tests: it answers
 * questions only the inside of the server can answer (what the EntityManager returns for a county, what
 * the second-level cache did). It never ships with the product.
 */
package org.yiyang.it.probe;
