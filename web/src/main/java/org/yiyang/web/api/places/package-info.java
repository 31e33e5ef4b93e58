/** REST resources of the county's places. */
package org.yiyang.web.api.places;
