/** Shared use cases: the audit log and idempotent command execution. */
package org.yiyang.shared.application;
