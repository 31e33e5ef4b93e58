package org.yiyang.it.support;

import java.io.File;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.event.container.AfterStart;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.yiyang.it.probe.ProbeApplication;

/**
 * Deploys the real EAR once, right after Arquillian started the server, and undeploys it before the
 * server stops: every integration test class runs against that one deployment. The only addition is a
 * test-only web module, {@code it-probe.war}, that lets tests look through the EntityManager from inside
 * the server; it never ships.
 */
public class SuiteDeploymentExtension implements LoadableExtension {

    public static final String EAR = "yiyang.ear";

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Deployer.class);
    }

    /** Observes the container's lifecycle. */
    public static class Deployer {
        private EnterpriseArchive deployed;

        public void deploy(@Observes AfterStart event) throws DeploymentException {
            DeployableContainer<?> container = event.getDeployableContainer();
            deployed = archive();
            TestEnvironment.log("deploying " + EAR + " (with it-probe.war)");
            long t0 = System.nanoTime();
            container.deploy(deployed);
            TestEnvironment.log("deployed in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        }

        public void undeploy(@Observes BeforeStop event) throws DeploymentException {
            if (deployed != null) {
                event.getDeployableContainer().undeploy(deployed);
                deployed = null;
            }
        }

        static EnterpriseArchive archive() {
            File earFile = new File(System.getProperty("yiyang.home", ".."), "ear/target/" + EAR);
            EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, earFile);
            WebArchive probe = ShrinkWrap.create(WebArchive.class, "it-probe.war")
                    .addPackage(ProbeApplication.class.getPackage())
                    .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                    .addAsResource(new StringAsset("mp.openapi.extensions.enabled=false\n"),
                            "META-INF/microprofile-config.properties");
            ear.addAsModule(probe);
            String app;
            try (var in = ear.get("META-INF/application.xml").getAsset().openStream()) {
                app = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            ear.setApplicationXML(new StringAsset(app.replace("</application>", """
                    <module><web><web-uri>it-probe.war</web-uri><context-root>/it-probe</context-root></web></module>
                    </application>""")));
            return ear;
        }
    }
}
