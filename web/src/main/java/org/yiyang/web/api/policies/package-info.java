/** REST resources of the county's policy settings. */
package org.yiyang.web.api.policies;
