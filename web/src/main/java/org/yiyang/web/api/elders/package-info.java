/** REST resources of the elder registry. */
package org.yiyang.web.api.elders;
