/** REST resources of providers and their staff. */
package org.yiyang.web.api.providers;
