package org.yiyang.it.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An integration test against the running platform: the test environment first (MariaDB, Keycloak),
 * then Arquillian (the provisioned WildFly with the EAR deployed once for the whole run); the test runs as
 * a client of the server.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(TestEnvironment.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public @interface YiyangIT {
}
