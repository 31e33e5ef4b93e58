/** The web module: PrimeFaces portals ({@code org.yiyang.web.*}) and the REST API ({@code org.yiyang.web.api}). */
package org.yiyang.web;
