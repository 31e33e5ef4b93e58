/** The portal's language: Simplified Chinese by default, English on request. */
package org.yiyang.web.i18n;
