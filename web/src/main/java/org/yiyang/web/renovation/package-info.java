/** Portal pages of renovation: the plan list, the application, the plan page with its steps, the catalog. */
package org.yiyang.web.renovation;
