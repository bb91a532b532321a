package eu.cyberplan.infra.launcher;

import eu.cyberplan.platform.kafka.KafkaClientSecurity;

/**
 * Creates the CyberPlan topics on a broker, as the launcher does, without starting anything else (benchmarks that start
 * their own clusters). Arguments: {@code bootstrap prefix}; security from the CYBERPLAN_KAFKA_* settings.
 */
public final class TopicsMain {

    private TopicsMain() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: TopicsMain <bootstrap> <prefix>");
            System.exit(2);
        }
        int created = TopicCreator.createMissing(args[0], KafkaClientSecurity.fromEnvironment(), args[1]);
        System.out.println("Topics on " + args[0] + ": " + created + " created, the others existed");
    }
}
