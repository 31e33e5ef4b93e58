package org.yiyang.web.orders;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.yiyang.orders.application.OrderBoard;
import org.yiyang.orders.application.OrderQueries;
import org.yiyang.orders.application.StaffTasks;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.web.faces.Faces;

/** The provider administrator's order board and the staff's task list. */
@Named
@ViewScoped
public class OrderBoardView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient OrderQueries orders;

    private OrderBoard board;
    private StaffTasks tasks;

    public void loadBoard() {
        try {
            board = orders.board();
        } catch (DomainException e) {
            Faces.show(e, null);
        }
    }

    public void loadTasks() {
        try {
            tasks = orders.tasks();
        } catch (DomainException e) {
            Faces.show(e, null);
        }
    }

    public OrderBoard getBoard() {
        return board;
    }

    public StaffTasks getTasks() {
        return tasks;
    }
}
