/** Landing pages: the county home page and the city official's overview. */
package org.yiyang.web.home;
