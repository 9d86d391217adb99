# One image recipe for every module: docker build --build-arg MODULE=budget-service .
# Build the modules first (./mvnw package -DskipTests); this copies the Quarkus fast-jar layout.
FROM registry.access.redhat.com/ubi9/openjdk-21-runtime:1.21

ARG MODULE
ENV LANGUAGE='en_US:en' \
    JAVA_OPTS_APPEND="-XX:+UseSerialGC -Xss512k -Xms32m -XX:SharedArchiveFile=/deployments/app-cds.jsa -Dquarkus.http.host=0.0.0.0 -Djava.util.logging.manager=org.jboss.logmanager.LogManager" \
    JAVA_APP_JAR="/deployments/quarkus-run.jar" \
    MALLOC_ARENA_MAX=2

COPY --chown=185 ${MODULE}/target/quarkus-app/lib/ /deployments/lib/
COPY --chown=185 ${MODULE}/target/quarkus-app/*.jar /deployments/
COPY --chown=185 ${MODULE}/target/quarkus-app/app/ /deployments/app/
COPY --chown=185 ${MODULE}/target/quarkus-app/quarkus/ /deployments/quarkus/

USER 185
# The AppCDS archive, made here by the image's own JDK (an archive serves only the JVM that made it; the build's is
# 17): Quarkus runs the app to the end of its static initialisation, which needs no database or secrets, and exits.
RUN java -XX:+UseSerialGC -XX:ArchiveClassesAtExit=/deployments/app-cds.jsa -Dquarkus.appcds.generate=true -jar /deployments/quarkus-run.jar
ENTRYPOINT [ "/opt/jboss/container/java/run/run-java.sh" ]
