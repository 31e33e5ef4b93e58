/** Small helpers for the portal's view beans: messages, not-found answers. */
package org.yiyang.web.faces;
