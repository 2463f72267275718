package dev.asl4j.aws;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.Tag;

/** Sets the wanted tags on a deployed state machine; tags with other keys are left alone. */
final class Tags {
  private Tags() {}

  /** The write calls made (or, in a dry run, needed): {@code TagResource} or nothing. */
  static List<String> apply(SfnClient sfn, String arn, Map<String, String> wanted, boolean dryRun) {
    if (wanted.isEmpty()) {
      return List.of();
    }
    Map<String, String> have = new HashMap<>();
    sfn.listTagsForResource(b -> b.resourceArn(arn)).tags().forEach(t -> have.put(t.key(), t.value()));
    List<Tag> missing = wanted.entrySet().stream()
        .filter(e -> !e.getValue().equals(have.get(e.getKey())))
        .map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build())
        .collect(Collectors.toList());
    if (missing.isEmpty()) {
      return List.of();
    }
    if (!dryRun) {
      sfn.tagResource(b -> b.resourceArn(arn).tags(missing));
    }
    return List.of("TagResource");
  }
}
