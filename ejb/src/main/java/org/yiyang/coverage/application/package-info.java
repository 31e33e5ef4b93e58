/** Reading and maintaining the coverage figures. */
package org.yiyang.coverage.application;
