# Builds and runs the assistant. Used by docker-compose.yml; needs only Docker.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY domain domain
COPY dialogs dialogs
COPY bot bot
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --create-home market
USER market
WORKDIR /home/market
COPY --from=build /src/bot/target/market-assistant.jar app.jar
ENV MARKET_DATA_DIR=/home/market/data
EXPOSE 8080
ENTRYPOINT ["java", "-XX:+ExitOnOutOfMemoryError", "-jar", "app.jar"]
