/** REST resources of home-service orders, the service catalog, allowances and settlements. */
package org.yiyang.web.api.orders;
