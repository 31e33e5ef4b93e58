/**
 * Portal pages of meal assistance: the county's sites, layout plan, service circle and monthly figures, and the
 * operator's serving screen.
 */
package org.yiyang.web.meals;
