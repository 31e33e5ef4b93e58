/** The test environment (MariaDB, Keycloak, the server) and clients for the API and the portal. */
package org.yiyang.it.support;
