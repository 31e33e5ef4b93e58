package org.yiyang.orders.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;
import org.yiyang.orders.domain.Order;
import org.yiyang.orders.infrastructure.AllowanceLedger;
import org.yiyang.shared.application.CountyPolicies;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.shared.domain.Money;
import org.yiyang.shared.domain.policy.PolicyValue;
import org.yiyang.tenancy.TenantScope;

/**
 * The elder's monthly allowance as allowance orders draw on it: reserved when the order goes to a provider, consumed
 * when the service is done, given back when it is rejected or cancelled; never overspent ({@link AllowanceLedger}).
 */
@Dependent
class Allowances {

    @Inject
    AllowanceLedger ledger;

    @Inject
    CountyPolicies policies;

    /** Reserves the order's amount from its month (opened with what the policy grants); 409 when too little is left. */
    void reserve(Order order) {
        String county = TenantScope.requireCounty();
        YearMonth month = YearMonth.parse(order.allowanceMonth());
        PolicyValue<BigDecimal> grant = policies.asOf(OrderPolicies.MONTHLY_ALLOWANCE, month.atDay(1));
        if (ledger.account(county, order.elderId(), order.allowanceMonth()).isEmpty()) {
            ledger.open(county, order.elderId(), order.allowanceMonth(), grant.value(), grant.version());
        }
        if (!ledger.reserve(county, order.elderId(), order.allowanceMonth(), order.amount())) {
            BigDecimal left = ledger.account(county, order.elderId(), order.allowanceMonth())
                    .map(AllowanceLedger.Account::available).orElse(BigDecimal.ZERO);
            throw DomainException.conflict("order.allowance.insufficient", left.toPlainString(),
                    order.amount().toPlainString());
        }
    }

    /** The order's reservation is spent: the service was delivered. */
    void consume(Order order) {
        ledger.consume(TenantScope.requireCounty(), order.elderId(), order.allowanceMonth(), order.amount());
    }

    /** The order's reservation is given back: it was rejected or cancelled. */
    void release(Order order) {
        ledger.release(TenantScope.requireCounty(), order.elderId(), order.allowanceMonth(), order.amount());
    }

    /** An elder's allowance in a month: the ledger's figures, or what the policy would grant while none is open. */
    AllowanceView of(long elderId, boolean eligible, YearMonth month) {
        Optional<AllowanceLedger.Account> a = ledger.account(TenantScope.requireCounty(), elderId, month.toString());
        if (a.isPresent()) {
            AllowanceLedger.Account x = a.get();
            return new AllowanceView(elderId, month.toString(), eligible, x.granted(), x.reserved(), x.consumed(),
                    x.available(), x.policyVersion());
        }
        PolicyValue<BigDecimal> grant = policies.asOf(OrderPolicies.MONTHLY_ALLOWANCE, month.atDay(1));
        BigDecimal granted = eligible ? grant.value() : Money.ZERO.amount();
        return new AllowanceView(elderId, month.toString(), eligible, granted, Money.ZERO.amount(),
                Money.ZERO.amount(), granted, grant.version());
    }
}
