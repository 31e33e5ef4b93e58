/** Home-service orders: application. */
package org.yiyang.orders.application;
