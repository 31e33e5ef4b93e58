package org.yiyang.web.providers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.yiyang.providers.domain.ProviderKind;
import org.yiyang.shared.domain.ProviderWork;

/** The choices of the provider pages (labels from the {@code lbl} bundle). */
@Named
@ApplicationScoped
public class ProviderOptions {

    public List<String> getKinds() {
        return Arrays.stream(ProviderKind.values()).map(Enum::name).toList();
    }

    public List<String> getWorks() {
        return Arrays.stream(ProviderWork.values()).map(Enum::name).toList();
    }
}
