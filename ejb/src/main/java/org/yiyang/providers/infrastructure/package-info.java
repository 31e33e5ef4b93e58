/** Providers: infrastructure. */
package org.yiyang.providers.infrastructure;
