/**
 * Home-service orders (居家上门服务): the service catalog with county prices, orders from creation to
 * settlement, the government-purchased monthly allowance of eligible elders, monthly settlements per
 * provider.
 */
package org.yiyang.orders;
