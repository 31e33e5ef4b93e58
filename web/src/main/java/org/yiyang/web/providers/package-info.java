/** Portal pages of service providers and their staff. */
package org.yiyang.web.providers;
