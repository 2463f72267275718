package dev.asl4j.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ListStateMachinesResponse;
import software.amazon.awssdk.services.sfn.model.StateMachineListItem;

/** Finds a state machine by name, and prints definitions the same way for diffs. */
final class StateMachineLookup {
  /** ListStateMachines pages read at most (1,000 each: far beyond AWS's per-account quota). */
  private static final int MAX_PAGES = 100;

  private StateMachineLookup() {}

  /** The ARN of the state machine named {@code name}, or null when there is none. */
  static String find(SfnClient sfn, String name) {
    String token = null;
    for (int page = 0; page < MAX_PAGES; page++) {
      String t = token;
      ListStateMachinesResponse r = sfn.listStateMachines(b -> b.maxResults(1000).nextToken(t));
      for (StateMachineListItem i : r.stateMachines()) {
        if (name.equals(i.name())) {
          return i.stateMachineArn();
        }
      }
      token = r.nextToken();
      if (token == null || token.isEmpty()) {
        return null;
      }
    }
    throw new IllegalStateException("ListStateMachines did not end after " + MAX_PAGES + " pages");
  }

  /** The definition text pretty-printed (text that is not JSON is compared as it is). */
  static String pretty(String definition) {
    try {
      return pretty(SdkJson.MAPPER.readTree(definition));
    } catch (JsonProcessingException notJson) {
      return definition;
    }
  }

  static String pretty(JsonNode tree) {
    try {
      return SdkJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
