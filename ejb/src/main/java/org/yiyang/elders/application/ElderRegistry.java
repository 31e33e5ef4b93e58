package org.yiyang.elders.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDate;
import org.hibernate.exception.ConstraintViolationException;
import org.yiyang.elders.domain.Elder;
import org.yiyang.elders.domain.ElderProfile;
import org.yiyang.elders.domain.ElderRepository;
import org.yiyang.elders.domain.ElderStatus;
import org.yiyang.elders.domain.Household;
import org.yiyang.shared.application.Access;
import org.yiyang.shared.application.AuditLog;
import org.yiyang.shared.domain.ChinaTime;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.shared.domain.IdCardNumber;
import org.yiyang.shared.domain.ProtectedIdNumber;
import org.yiyang.shared.infrastructure.PersonalDataProtector;
import org.yiyang.tenancy.Caller;

/**
 * The elder registry of the caller's county (or township, for township staff and village assistants): registering
 * an elder, changing their record and their status. Every change is written to the audit log in the same
 * transaction.
 */
@Stateless
public class ElderRegistry {

    public static final int MAX_NAME = 40;
    public static final int MAX_ADDRESS = 200;
    public static final int MAX_HOUSEHOLD_NO = 30;

    @Inject
    Event<ElderCountChanged> elderCount;

    @Inject
    Event<ElderRegistered> registered;

    @Inject
    ElderRepository elders;

    @Inject
    HouseholdPlacement placement;

    @Inject
    ElderScope scope;

    @Inject
    ElderViews views;

    @Inject
    PersonalDataProtector protector;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "yiyang")
    EntityManager em;

    public ElderDetailView registerElder(RegisterElder command) {
        Caller caller = Access.requireRegistryUser();
        String county = caller.county().orElseThrow();
        String name = ElderRules.validName(command.name());
        IdCardNumber number = IdCardNumber.parse(command.idNumber(), today());
        if (number.birthDate().plusYears(Elder.ELDER_AGE).isAfter(today())) {
            throw DomainException.invalid("idNumber", "elder.tooYoung", Elder.ELDER_AGE);
        }
        ElderProfile profile = ElderRules.profile(command.details());
        ProtectedIdNumber protectedNumber = protector.protect(number, county);
        elders.findByIdNumberHash(protectedNumber.hash()).ifPresent(existing -> {
            throw scope.duplicate(caller, existing);
        });
        Household household = placement.householdFor(caller, command.householdNo(), command.villageCode(),
                command.address());
        Elder elder = new Elder(name, protectedNumber, number.birthDate(), number.sex(), household, profile,
                caller.username(), clock.instant());
        elders.store(elder);
        flushOrConflict("elder.duplicateConcurrent");
        elderCount.fire(new ElderCountChanged(county, 1));
        registered.fire(new ElderRegistered(county, elder.id(), elder.townshipCode()));
        audit.record("ELDER_REGISTERED", "elder", elder.id(), "household=" + household.id() + ", village="
                + household.villageCode());
        return views.detail(elder);
    }

    public ElderDetailView updateElder(UpdateElder command) {
        Caller caller = Access.requireRegistryUser();
        Elder elder = scope.visibleElder(caller, command.id());
        if (command.expectedVersion() != null && command.expectedVersion() != elder.version()) {
            throw DomainException.conflict("elder.changedMeanwhile");
        }
        String name = ElderRules.validName(command.name());
        ElderProfile before = elder.profile();
        ElderProfile after = ElderRules.profile(command.details());
        String changes = ElderRules.diff(elder.name(), name, before, after);
        if (!changes.isEmpty()) {
            if (!name.equals(elder.name())) {
                elder.rename(name, caller.username(), clock.instant());
            }
            elder.updateProfile(after, caller.username(), clock.instant());
            try {
                em.flush();
            } catch (OptimisticLockException e) {
                throw DomainException.conflict("elder.changedMeanwhile");
            }
            audit.record("ELDER_UPDATED", "elder", elder.id(), changes);
        }
        return views.detail(elder);
    }

    /** Kept for the simple rename form: changes the name only. */
    public ElderDetailView renameElder(long id, String newName) {
        Caller caller = Access.requireRegistryUser();
        Elder elder = scope.visibleElder(caller, id);
        return updateElder(new UpdateElder(id, null, newName, ElderRules.details(elder.profile())));
    }

    public ElderDetailView changeStatus(long elderId, String status) {
        Caller caller = Access.requireRegistryUser();
        if (!Access.mayRevealIdNumbers(caller)) {
            throw DomainException.forbidden("access.forbidden");
        }
        Elder elder = scope.visibleElder(caller, elderId);
        ElderStatus next = ElderRules.parse(ElderStatus.class, status, "status");
        if (next != elder.status()) {
            ElderStatus before = elder.status();
            elder.changeStatus(next, caller.username(), clock.instant());
            elderCount.fire(new ElderCountChanged(caller.county().orElseThrow(),
                    next == ElderStatus.ACTIVE ? 1 : before == ElderStatus.ACTIVE ? -1 : 0));
            audit.record("ELDER_STATUS_CHANGED", "elder", elder.id(), "status: " + before + " -> " + next);
        }
        return views.detail(elder);
    }

    private void flushOrConflict(String key) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (e instanceof ConstraintViolationException || e.getCause() instanceof ConstraintViolationException) {
                throw DomainException.conflict(key);
            }
            throw e;
        }
    }

    private LocalDate today() {
        return ChinaTime.today(clock);
    }
}
