/** Home-service orders: infrastructure. */
package org.yiyang.orders.infrastructure;
