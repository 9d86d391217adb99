# One image recipe for every module: docker build --build-arg MODULE=budget-service .
# Build the modules first (./mvnw package -DskipTests); this copies the Quarkus fast-jar layout.
FROM registry.access.redhat.com/ubi9/openjdk-21-runtime:1.21

ARG MODULE
ENV LANGUAGE='en_US:en' \
    JAVA_OPTS_APPEND="-XX:+UseSerialGC -Dquarkus.http.host=0.0.0.0 -Djava.util.logging.manager=org.jboss.logmanager.LogManager" \
    JAVA_APP_JAR="/deployments/quarkus-run.jar"

COPY --chown=185 ${MODULE}/target/quarkus-app/lib/ /deployments/lib/
COPY --chown=185 ${MODULE}/target/quarkus-app/*.jar /deployments/
COPY --chown=185 ${MODULE}/target/quarkus-app/app/ /deployments/app/
COPY --chown=185 ${MODULE}/target/quarkus-app/quarkus/ /deployments/quarkus/

USER 185
ENTRYPOINT [ "/opt/jboss/container/java/run/run-java.sh" ]
