# FKS Co-Pilot: build with Maven, run on a full JDK (Chronicle Map compiles classes at run time).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -ntp -DskipTests package -pl gateway-netty -am

FROM eclipse-temurin:17-jdk
WORKDIR /app
COPY --from=build /src/gateway-netty/target/gateway-netty.jar /app/gateway-netty.jar
COPY --from=build /src/gateway-netty/target/lib /app/lib
COPY --from=build /src/gateway-netty/target/classes/copilot-jvm.flags /app/copilot-jvm.flags
# "auto" picks the live run when MASSIVE_API_KEY is set, the demo otherwise (docker-compose.yml uses it)
COPY --from=build /src/scripts/docker-entrypoint /app/docker-entrypoint
EXPOSE 8000
VOLUME /data
ENTRYPOINT ["sh", "/app/docker-entrypoint"]
CMD ["demo", "--bind", "0.0.0.0", "--data-dir", "/data/demo"]
