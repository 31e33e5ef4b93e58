/** Home-service orders: domain. */
package org.yiyang.orders.domain;
