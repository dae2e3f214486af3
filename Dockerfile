# Builds and runs the assistant. Used by docker-compose.yml; needs only Docker.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY domain domain
COPY dialogs dialogs
COPY bot bot
# the class data sharing archive is made below, by the JVM that runs the bot (an archive fits only its own JVM)
RUN mvn -B -q package -DskipTests -Dcds.skip=true

FROM eclipse-temurin:17-jre
RUN useradd --system --create-home market
USER market
WORKDIR /home/market
COPY --from=build /src/bot/target/market-assistant.jar market-assistant.jar
# Faster start-up (README, Performance): the jar extracted, and a training run that builds the context once (nothing
# starts: no web server, no Telegram, no external MongoDB) and writes the class data sharing archive
RUN java -Djarmode=tools -jar market-assistant.jar extract --destination app \
 && java -XX:ArchiveClassesAtExit=app/market-assistant.jsa -Dspring.context.exit=onRefresh -jar app/market-assistant.jar \
      --MONGODB_URI= --spring.mongodb.uri= --market.telegram.token= --market.embedded-mongo.data-dir=/tmp/cds-training \
      --server.port=0 --logging.level.root=ERROR --spring.main.banner-mode=off \
 && rm -rf /tmp/cds-training market-assistant.jar
ENV MARKET_DATA_DIR=/home/market/data
EXPOSE 8080
ENTRYPOINT ["java", "-XX:+ExitOnOutOfMemoryError", "-XX:SharedArchiveFile=app/market-assistant.jsa", "-XX:TieredStopAtLevel=1", "-jar", "app/market-assistant.jar"]
