/**
 * Order use cases, one class each (intake, dispatch, fieldwork, queries, settlements, the service catalog), the one
 * place that says who may take which step ({@link org.yiyang.orders.application.OrderActions}), and the published
 * status query.
 */
package org.yiyang.orders.application;
