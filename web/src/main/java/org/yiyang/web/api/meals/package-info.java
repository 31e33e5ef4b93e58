/**
 * REST resources of meal assistance: sites, the layout plan, the subsidy table, registrations and cards, servings;
 * monthly settlements with their statements, bookings, and the no-show follow-up list.
 */
package org.yiyang.web.api.meals;
