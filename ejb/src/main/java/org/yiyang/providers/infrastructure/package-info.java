/**
 * JPA persistence of providers and their staff.
 */
package org.yiyang.providers.infrastructure;
