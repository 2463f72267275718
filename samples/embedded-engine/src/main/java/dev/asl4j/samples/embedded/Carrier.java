package dev.asl4j.samples.embedded;

import dev.asl4j.interpreter.spi.TaskFailedException;

/** A fake shipping carrier that cannot deliver to {@code "Atlantis"}. */
final class Carrier {
  private int nextParcel = 1;

  synchronized String ship(String orderId, String country) throws TaskFailedException {
    if ("Atlantis".equals(country)) {
      throw new TaskFailedException("NoRoute", "no carrier delivers to " + country);
    }
    return "parcel-" + nextParcel++ + "-" + orderId;
  }
}
