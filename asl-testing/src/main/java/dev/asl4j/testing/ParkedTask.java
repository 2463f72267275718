package dev.asl4j.testing;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A task waiting for its token to be completed by the test: an unmocked {@code .waitForTaskToken}
 * task or activity (or a mocked one whose handler left the token open).
 *
 * @param executionArn the execution the task belongs to
 * @param stateName the Task state
 * @param token the task token
 * @param input the task's effective input (parameters / payload)
 * @param hasTimer whether the task has TimeoutSeconds or HeartbeatSeconds, i.e. whether time
 *     alone can end the wait
 * @param seq the order tasks parked in
 */
record ParkedTask(
    String executionArn, String stateName, String token, JsonNode input, boolean hasTimer, long seq) {}
