package dev.asl4j.aws;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.awscore.AwsResponse;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * The response metadata that optimized integrations add to the service's answer, as Step
 * Functions records it: {@code SdkHttpMetadata} ({@code AllHttpHeaders} name → list of values,
 * {@code HttpHeaders} name → first value, {@code HttpStatusCode}) and {@code SdkResponseMetadata}
 * ({@code RequestId}).
 */
final class HttpMetadata {
  private HttpMetadata() {}

  static ObjectNode add(ObjectNode result, AwsResponse response) {
    SdkHttpResponse http = response.sdkHttpResponse();
    ObjectNode meta = result.putObject("SdkHttpMetadata");
    ObjectNode all = meta.putObject("AllHttpHeaders");
    ObjectNode first = meta.putObject("HttpHeaders");
    if (http != null) {
      for (Map.Entry<String, List<String>> h : http.headers().entrySet()) {
        var values = all.putArray(h.getKey());
        h.getValue().forEach(values::add);
        if (!h.getValue().isEmpty()) {
          first.put(h.getKey(), h.getValue().get(0));
        }
      }
      meta.put("HttpStatusCode", http.statusCode());
    }
    String id = response.responseMetadata() == null ? null : response.responseMetadata().requestId();
    result.putObject("SdkResponseMetadata").put("RequestId", id == null || "UNKNOWN".equals(id) ? "" : id);
    return result;
  }
}
