package no.styringsdata.testing;

import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Test classes by name, backwards: a check that no class needs another to have run before it. Quarkus orders
 * the classes of one test resource together and this one within them:
 * {@code -Djunit.quarkus.orderer.secondary-orderer=no.styringsdata.testing.ReverseClassNames}
 * ({@code org.junit.jupiter.api.ClassOrderer$Random} shuffles them).
 */
public class ReverseClassNames implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(
                Comparator.comparing((ClassDescriptor c) -> c.getTestClass().getName()).reversed());
    }
}
