/** Providers: application. */
package org.yiyang.providers.application;
