package dev.asl4j.aws;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.interpreter.spi.TaskFailedException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.awscore.AwsRequest;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * An SDK v2 client as an {@link AwsSdkFunction}: the action names the client method (one request
 * parameter), the request is built from the JSON through its builder's field descriptions, and
 * the response's members are the result.
 */
final class SdkClientFunction implements AwsSdkFunction {
  private final SdkClient client;
  private final Class<?> api;
  private final Map<String, Method> methods = new ConcurrentHashMap<>();

  SdkClientFunction(SdkClient client) {
    this.client = java.util.Objects.requireNonNull(client, "client");
    this.api = apiInterface(client.getClass());
  }

  /** {@code DynamoDbClient} → {@code DynamoDb}: how AWS's aws-sdk error names begin. */
  String errorPrefix() {
    String n = api.getSimpleName();
    return n.endsWith("Client") ? n.substring(0, n.length() - "Client".length()) : n;
  }

  @Override
  public JsonNode call(String action, JsonNode request) throws Exception {
    Method m = methods.computeIfAbsent(action, this::find);
    if (m == null) {
      throw new TaskFailedException("States.Runtime", "aws-sdk:" + errorPrefix() + ": the client has no"
          + " action '" + action + "' (" + api.getName() + " has no method " + action + "(…Request))");
    }
    Class<?> type = m.getParameterTypes()[0];
    SdkBuilder<?, ?> builder = (SdkBuilder<?, ?>) type.getMethod("builder").invoke(null);
    Object built = SdkJson.toModel(builder, request, action);
    try {
      return SdkJson.toJson((SdkPojo) m.invoke(client, built));
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof Exception ? (Exception) e.getCause() : e;
    }
  }

  private Method find(String action) {
    for (Method m : api.getMethods()) {
      if (m.getName().equals(action) && m.getParameterCount() == 1
          && AwsRequest.class.isAssignableFrom(m.getParameterTypes()[0])
          && !Modifier.isStatic(m.getModifiers())) {
        return m;
      }
    }
    return null;
  }

  /** The service interface (e.g. {@code DynamoDbClient}) a generated client implements. */
  private static Class<?> apiInterface(Class<?> c) {
    for (Class<?> k = c; k != null; k = k.getSuperclass()) {
      for (Class<?> i : k.getInterfaces()) {
        if (SdkClient.class.isAssignableFrom(i) && i != SdkClient.class
            && i.getSimpleName().endsWith("Client")) {
          return i;
        }
      }
    }
    return c;
  }
}
