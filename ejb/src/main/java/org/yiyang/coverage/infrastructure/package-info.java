/** SQL on the coverage tables; every statement names its counties explicitly. */
package org.yiyang.coverage.infrastructure;
