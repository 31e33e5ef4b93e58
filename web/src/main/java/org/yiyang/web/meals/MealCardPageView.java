package org.yiyang.web.meals;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.yiyang.meals.application.MealCardView;
import org.yiyang.meals.application.MealRegistrations;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.web.faces.Faces;

/**
 * The printable meal card of a registration ({@code ?id=}): the elder's name, masked ID number, home site and diet,
 * and the QR code of the card's signed token (never the ID number). Showing it is audited; a registration the
 * caller may not keep answers 404.
 */
@Named
@RequestScoped
public class MealCardPageView {

    @Inject
    MealRegistrations registrations;

    private Long id;
    private MealCardView card;
    private String qr;

    public void load() {
        if (id == null) {
            Faces.notFound();
            return;
        }
        try {
            card = registrations.card(id);
            qr = QrCodes.svg(card.token(), card.elderName());
        } catch (DomainException e) {
            Faces.show(e, null);
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public MealCardView getCard() {
        return card;
    }

    /** The QR code as inline SVG, drawn by {@link QrCodes} from the token (no user text in it but the name label). */
    public String getQr() {
        return qr;
    }
}
