/**
 * The order model: orders and their state machine ({@link org.yiyang.orders.domain.OrderAction}), services and prices
 * in force, settlements, and the repository interface.
 */
package org.yiyang.orders.domain;
