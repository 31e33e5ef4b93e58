/**
 * System tests: one deployment of the real EAR on the provisioned WildFly, a real MariaDB and a real
 * Keycloak; most tests call the REST API and the pages from outside, as a client would.
 */
package org.yiyang.it;
