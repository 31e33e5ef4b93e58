/** Renovation: persistence, the subsidy ledger and demo data. */
package org.yiyang.renovation.infrastructure;
