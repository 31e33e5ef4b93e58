/**
 * Provider use cases (registration, staff) and the published face other contexts use
 * ({@link org.yiyang.providers.application.ProviderDirectory}).
 */
package org.yiyang.providers.application;
