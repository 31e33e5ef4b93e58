/** The time bank's portal pages: the volunteer's own page and the organisers' verification queue. */
package org.yiyang.web.timebank;
