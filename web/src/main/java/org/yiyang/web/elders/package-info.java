/** Portal pages of the elder registry. */
package org.yiyang.web.elders;
