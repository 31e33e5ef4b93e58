package org.yiyang.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

class RecordELResolverTest {

    record Township(String name, int villages) {
    }

    private final RecordELResolver resolver = new RecordELResolver();

    private static ELContext context() {
        return new ELContext() {
            @Override
            public ELResolver getELResolver() {
                return null;
            }

            @Override
            public FunctionMapper getFunctionMapper() {
                return null;
            }

            @Override
            public VariableMapper getVariableMapper() {
                return null;
            }
        };
    }

    @Test
    void readsRecordComponentsThroughTheirAccessors() {
        ELContext ctx = context();
        assertEquals("市中街道", resolver.getValue(ctx, new Township("市中街道", 3), "name"));
        assertTrue(ctx.isPropertyResolved());
        assertEquals(3, resolver.getValue(context(), new Township("x", 3), "villages"));
    }

    @Test
    void leavesOtherObjectsAndUnknownPropertiesToTheOtherResolvers() {
        ELContext ctx = context();
        assertNull(resolver.getValue(ctx, "not a record", "length"));
        assertFalse(ctx.isPropertyResolved());
        assertNull(resolver.getValue(ctx, new Township("x", 1), "nope"));
        assertFalse(ctx.isPropertyResolved());
    }

    @Test
    void recordsAreReadOnly() {
        assertTrue(resolver.isReadOnly(context(), new Township("x", 1), "name"));
        assertThrows(PropertyNotWritableException.class,
                () -> resolver.setValue(context(), new Township("x", 1), "name", "y"));
    }
}
