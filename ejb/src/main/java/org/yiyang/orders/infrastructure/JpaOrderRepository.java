package org.yiyang.orders.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yiyang.orders.domain.Order;
import org.yiyang.orders.domain.OrderEvent;
import org.yiyang.orders.domain.OrderRepository;
import org.yiyang.orders.domain.OrderSearch;
import org.yiyang.orders.domain.OrderStatus;
import org.yiyang.orders.domain.Settlement;

@ApplicationScoped
public class JpaOrderRepository implements OrderRepository {

    @PersistenceContext(unitName = "yiyang")
    EntityManager em;

    @Override
    public Optional<Order> find(long id) {
        return Optional.ofNullable(em.find(Order.class, id));
    }

    @Override
    public void store(Order order) {
        if (order.id() == null) {
            em.persist(order);
        }
    }

    @Override
    public void record(OrderEvent event) {
        em.persist(event);
    }

    @Override
    public List<OrderEvent> events(long orderId) {
        return em.createQuery("select e from OrderEvent e where e.order.id = :o order by e.occurredAt, e.id",
                OrderEvent.class).setParameter("o", orderId).getResultList();
    }

    @Override
    public List<Order> search(OrderSearch s, int first, int max) {
        Map<String, Object> p = new HashMap<>();
        TypedQuery<Order> q = em.createQuery("select o from Order o" + where(s, p)
                + (s.earliestFirst() ? " order by o.scheduledAt, o.id" : " order by o.scheduledAt desc, o.id desc"), Order.class).setFirstResult(first).setMaxResults(max);
        p.forEach(q::setParameter);
        return q.getResultList();
    }

    @Override
    public long count(OrderSearch s) {
        Map<String, Object> p = new HashMap<>();
        TypedQuery<Long> q = em.createQuery("select count(o) from Order o" + where(s, p), Long.class);
        p.forEach(q::setParameter);
        return q.getSingleResult();
    }

    private static String where(OrderSearch s, Map<String, Object> p) {
        List<String> c = new ArrayList<>();
        if (!s.statuses().isEmpty()) {
            add(c, p, "o.status in :statuses", "statuses", s.statuses());
        }
        s.staffed().ifPresent(v -> c.add(v ? "o.staffId is not null" : "o.staffId is null"));
        s.service().ifPresent(v -> add(c, p, "o.service = :service", "service", v));
        s.providerId().ifPresent(v -> add(c, p, "o.providerId = :provider", "provider", v));
        s.staffId().ifPresent(v -> add(c, p, "o.staffId = :staff", "staff", v));
        s.payer().ifPresent(v -> add(c, p, "o.payer = :payer", "payer", v));
        s.elderId().ifPresent(v -> add(c, p, "o.elderId = :elder", "elder", v));
        s.townshipCode().ifPresent(v -> add(c, p, "o.townshipCode = :township", "township", v));
        s.scheduledFrom().ifPresent(v -> add(c, p, "o.scheduledAt >= :from", "from", v));
        s.scheduledTo().ifPresent(v -> add(c, p, "o.scheduledAt < :to", "to", v));
        return c.isEmpty() ? "" : " where " + String.join(" and ", c);
    }

    private static void add(List<String> c, Map<String, Object> p, String condition, String name, Object value) {
        c.add(condition);
        p.put(name, value);
    }

    @Override
    public List<Order> settleable(long providerId, Instant checkedOutBefore) {
        return em.createQuery("""
                select o from Order o where o.providerId = :p and o.status = :confirmed and o.settlementId is null
                and o.checkedOutAt < :before order by o.checkedOutAt, o.id""", Order.class)
                .setParameter("p", providerId).setParameter("confirmed", OrderStatus.CONFIRMED)
                .setParameter("before", checkedOutBefore).getResultList();
    }

    @Override
    public Optional<Settlement> settlement(long id) {
        return Optional.ofNullable(em.find(Settlement.class, id));
    }

    @Override
    public Optional<Settlement> settlementOf(long providerId, String month) {
        return em.createQuery("select s from Settlement s where s.providerId = :p and s.month = :m", Settlement.class)
                .setParameter("p", providerId).setParameter("m", month).getResultStream().findFirst();
    }

    @Override
    public List<Settlement> settlements() {
        return em.createQuery("select s from Settlement s order by s.month desc, s.id desc", Settlement.class)
                .setMaxResults(200).getResultList();
    }

    @Override
    public List<Order> ordersOf(Settlement settlement) {
        return em.createQuery("select o from Order o where o.settlementId = :s order by o.checkedOutAt, o.id",
                Order.class).setParameter("s", settlement.id()).getResultList();
    }

    @Override
    public void store(Settlement settlement) {
        if (settlement.id() == null) {
            em.persist(settlement);
        }
    }
}
