package org.yiyang.it.support;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Processes that a killed test run left behind: a WildFly, Keycloak or embedded MariaDB whose command line
 * names this run's work folder ({@code ear/target/it}). They are stopped before a new run starts, so that a
 * run that was killed with {@code kill -9} or Ctrl-C never breaks the next one. A leftover of another
 * checkout is not ours to stop: its busy port is reported with what to do ({@link org.yiyang.infra.Readiness}).
 */
final class StaleProcesses {

    private StaleProcesses() {
    }

    /** Stops every process (with its children) whose command line names the folder; returns how many. */
    static int sweep(Path work, java.util.function.Consumer<String> log) {
        String marker = work.toAbsolutePath().normalize().toString() + "/";
        long self = ProcessHandle.current().pid();
        List<ProcessHandle> stale = ProcessHandle.allProcesses()
                .filter(p -> p.pid() != self)
                .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false))
                .toList();
        for (ProcessHandle p : stale) {
            log.accept("stopping process " + p.pid() + " left by an earlier test run: "
                    + p.info().command().orElse("?"));
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
        }
        for (ProcessHandle p : stale) {
            try {
                p.onExit().get(Duration.ofSeconds(20).toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception notYet) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            }
        }
        return stale.size();
    }
}
