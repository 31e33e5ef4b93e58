/** JPA persistence of the elder registry. */
package org.yiyang.elders.infrastructure;
