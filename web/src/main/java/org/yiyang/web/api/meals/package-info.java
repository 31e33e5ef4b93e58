/** REST resources of meal assistance: sites, the layout plan, the subsidy table, registrations and cards, servings. */
package org.yiyang.web.api.meals;
