package eu.cyberplan.infra.bench;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StackProcessesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            java -Xmx256m -jar /tmp/x/services/contact-points/target/contact-points.jar               | contact-points
            java -Xmx96m -XX:+UseSerialGC -jar /r/services/incident-reporting/target/incident-reporting.jar | incident-reporting
            java -Xmx512m -cp /r/infra/kafka-broker/target/cyberplan-kafka-broker.jar eu.cyberplan.infra.kafka.LocalKafkaBroker /d 9092 9093 | kafka
            /usr/bin/setpriv --pdeathsig TERM -- java -jar x.jar                                     | setpriv
            ''                                                                                        | ?
            """)
    void shouldNameAProcessOfTheStackByItsCommandLine(String commandLine, String name) {
        assertEquals(name, StackProcesses.nameOf(commandLine == null ? "" : commandLine));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            postgres: postgres cyberplan_small 127.0.0.1(40312) idle | cyberplan_small | true
            postgres: postgres cyberplan 127.0.0.1(40312) idle       | cyberplan_small | false
            postgres: 15/main: postgres cyberplan_small 127.0.0.1(40990) idle | cyberplan_small | true
            postgres: 15/main: checkpointer                          | cyberplan_small | false
            postgres: checkpointer                                   | cyberplan_small | false
            java -jar cyberplan_small.jar                            | cyberplan_small | false
            """)
    void shouldCountOnlyTheBackendsOfTheStacksDatabase(String commandLine, String database, boolean backend) {
        assertEquals(backend, StackProcesses.isBackendOf(commandLine, database));
    }
}
