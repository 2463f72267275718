package dev.asl4j.samples.embedded;

import dev.asl4j.interpreter.spi.TaskFailedException;
import java.util.HashMap;
import java.util.Map;

/** An in-memory stock ledger: the kind of service a Task state calls. Thread-safe. */
final class Warehouse {
  private final Map<String, Integer> stock = new HashMap<>();
  private int nextReservation = 1;

  Warehouse(Map<String, Integer> initial) {
    stock.putAll(initial);
  }

  /** Takes {@code qty} of {@code sku} out of stock and returns a reservation id. */
  synchronized String reserve(String sku, int qty) throws TaskFailedException {
    int available = stock.getOrDefault(sku, 0);
    if (qty <= 0 || available < qty) {
      throw new TaskFailedException("OutOfStock", sku + ": wanted " + qty + ", have " + available);
    }
    stock.put(sku, available - qty);
    return "res-" + nextReservation++;
  }

  /** Puts {@code qty} of {@code sku} back (the compensation of {@link #reserve}). */
  synchronized void release(String sku, int qty) {
    stock.merge(sku, qty, Integer::sum);
  }

  synchronized int available(String sku) {
    return stock.getOrDefault(sku, 0);
  }
}
