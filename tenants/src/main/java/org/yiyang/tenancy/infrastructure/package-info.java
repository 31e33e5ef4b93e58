/** JPA implementations of the tenancy repositories and Hibernate's tenant resolver. */
package org.yiyang.tenancy.infrastructure;
