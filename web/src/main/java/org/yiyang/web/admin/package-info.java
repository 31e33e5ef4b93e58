/** County administration pages: policy settings, townships and villages. */
package org.yiyang.web.admin;
