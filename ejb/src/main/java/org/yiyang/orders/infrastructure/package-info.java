/**
 * Orders' persistence: the JPA repository, the allowance ledger (native SQL, every statement with its county) and the
 * observer that keeps orders with elders who move.
 */
package org.yiyang.orders.infrastructure;
