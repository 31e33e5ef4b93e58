/** REST resources of the coverage figures city officials read. */
package org.yiyang.web.api.coverage;
