/** Value objects and rule violations every context uses. */
package org.yiyang.shared.domain;
