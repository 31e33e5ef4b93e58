/** Who is calling: the verified Keycloak token turned into the caller and county of the request. */
package org.yiyang.web.security;
