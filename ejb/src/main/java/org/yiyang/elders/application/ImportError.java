package org.yiyang.elders.application;

import java.util.List;

/**
 * Why one row (or the file) cannot be imported: the row as numbered in the file (0: the file itself), the
 * column, and a message key of the error bundles with its arguments.
 */
public record ImportError(int row, String column, String messageKey, List<String> args) {
}
