/** REST API of renovation plans, their photos, the catalog and the figures. */
package org.yiyang.web.api.renovation;
