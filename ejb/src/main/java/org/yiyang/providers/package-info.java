/**
 * Service providers of a county (服务商): companies and social organisations that do home services, build
 * renovations and run meal sites, with their staff. Provider users see their own provider only.
 */
package org.yiyang.providers;
