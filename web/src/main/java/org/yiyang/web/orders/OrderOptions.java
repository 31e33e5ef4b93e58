package org.yiyang.web.orders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.yiyang.orders.domain.OrderStatus;
import org.yiyang.orders.domain.Payer;
import org.yiyang.orders.domain.ServiceKind;

/** The choices of the order pages (labels from the {@code lbl} bundle). */
@Named
@ApplicationScoped
public class OrderOptions {

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    public List<String> getStatuses() {
        return names(OrderStatus.values());
    }

    public List<String> getServices() {
        return names(ServiceKind.values());
    }

    public List<String> getPayers() {
        return names(Payer.values());
    }

    public List<Integer> getRatings() {
        return List.of(5, 4, 3, 2, 1);
    }
}
