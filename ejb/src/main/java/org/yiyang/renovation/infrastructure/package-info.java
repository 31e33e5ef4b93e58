/**
 * Renovation's persistence: JPA repositories of plans and the catalog, the household subsidy ledger (native SQL,
 * every statement with its county), and the observer that keeps plans with elders who move.
 */
package org.yiyang.renovation.infrastructure;
