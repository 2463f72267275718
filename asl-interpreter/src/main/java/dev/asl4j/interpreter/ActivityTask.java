package dev.asl4j.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * Work handed to an activity worker by {@link Activities#getActivityTask}: complete it with the
 * engine's {@code sendTaskSuccess}/{@code sendTaskFailure} using {@link #taskToken()}.
 *
 * @param taskToken the token identifying this task
 * @param input the task input (after InputPath/Parameters)
 */
public record ActivityTask(String taskToken, JsonNode input) {
  public ActivityTask {
    Objects.requireNonNull(taskToken, "taskToken");
    Objects.requireNonNull(input, "input");
  }
}
