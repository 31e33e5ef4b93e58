/** Providers: domain. */
package org.yiyang.providers.domain;
