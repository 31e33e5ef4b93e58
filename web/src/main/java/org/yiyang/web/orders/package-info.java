/** Portal pages of home-service orders: search, creation, the order page, the provider board, staff tasks, prices, settlements. */
package org.yiyang.web.orders;
