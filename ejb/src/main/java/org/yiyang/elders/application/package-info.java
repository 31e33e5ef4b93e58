/** Use cases of the elder registry, with the caller's scope enforced. */
package org.yiyang.elders.application;
