/** Elders and the rules of registering them. */
package org.yiyang.elders.domain;
