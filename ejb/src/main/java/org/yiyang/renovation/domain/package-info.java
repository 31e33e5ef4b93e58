/**
 * The renovation model: plans and their state machine, the catalog with prices in force, the household subsidy rule
 * ({@link org.yiyang.renovation.domain.HouseholdSubsidy}), and the repository and ledger interfaces.
 */
package org.yiyang.renovation.domain;
