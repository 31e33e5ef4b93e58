/** Portal pages of the visit programme. */
package org.yiyang.web.visits;
