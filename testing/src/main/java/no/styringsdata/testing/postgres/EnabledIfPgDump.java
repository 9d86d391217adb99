package no.styringsdata.testing.postgres;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the test class only where this machine has a pg_dump that can dump a PostgreSQL the tests can
 * start ({@link DumpTools#choose()}); elsewhere it is skipped, before the application starts, with the
 * reason in the log and in the test report.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(EnabledIfPgDump.Condition.class)
public @interface EnabledIfPgDump {

    final class Condition implements ExecutionCondition {

        private static final Logger LOG = Logger.getLogger(EnabledIfPgDump.class);

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return DumpTools.choose()
                    .map(choice -> ConditionEvaluationResult.enabled("pg_dump " + choice.tools() + " dumps "
                            + "PostgreSQL " + choice.server().version()))
                    .orElseGet(() -> {
                        String reason = "SKIPPED: " + DumpTools.whyNone();
                        LOG.warnf("%s: %s", context.getDisplayName(), reason);
                        return ConditionEvaluationResult.disabled(reason);
                    });
        }
    }
}
