package dev.asl4j.store.jdbc;

import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

/**
 * Settings of a {@link JdbcExecutionStore}.
 *
 * <pre>{@code
 * JdbcExecutionStore.sqlite(file, StoreOptions.defaults().withLease(Duration.ofSeconds(10)));
 * }</pre>
 *
 * @param owner this node's name in leases (default: a random UUID per store)
 * @param lease how long a claim lasts without a heartbeat (default 30 s); the heartbeat renews it
 *     every third of that
 * @param minFreeBytes SQLite: the free disk space required at start-up (default 8 MiB)
 * @param integrityCheck SQLite: run {@code PRAGMA quick_check} at start-up (default true)
 * @param fsyncEveryCommit SQLite: {@code synchronous=FULL} (default true); false keeps WAL's {@code
 *     NORMAL}, which survives a process crash but may lose the last commits on a power loss
 * @param maxBatch the most checkpoints one group commit writes (default 512)
 */
public record StoreOptions(String owner, Duration lease, long minFreeBytes,
    boolean integrityCheck, boolean fsyncEveryCommit, int maxBatch) {
  public StoreOptions {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(lease, "lease");
    if (lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("lease (" + lease + ") must be positive");
    }
    if (minFreeBytes < 0) {
      throw new IllegalArgumentException("minFreeBytes (" + minFreeBytes + ") must be >= 0");
    }
    if (maxBatch < 1) {
      throw new IllegalArgumentException("maxBatch (" + maxBatch + ") must be at least 1");
    }
  }

  /** The defaults listed above. */
  public static StoreOptions defaults() {
    return new StoreOptions(UUID.randomUUID().toString(), Duration.ofSeconds(30), 8L << 20,
        true, true, 512);
  }

  public StoreOptions withOwner(String o) {
    return new StoreOptions(o, lease, minFreeBytes, integrityCheck, fsyncEveryCommit, maxBatch);
  }

  public StoreOptions withLease(Duration l) {
    return new StoreOptions(owner, l, minFreeBytes, integrityCheck, fsyncEveryCommit, maxBatch);
  }

  public StoreOptions withMinFreeBytes(long b) {
    return new StoreOptions(owner, lease, b, integrityCheck, fsyncEveryCommit, maxBatch);
  }

  public StoreOptions withIntegrityCheck(boolean c) {
    return new StoreOptions(owner, lease, minFreeBytes, c, fsyncEveryCommit, maxBatch);
  }

  public StoreOptions withFsyncEveryCommit(boolean f) {
    return new StoreOptions(owner, lease, minFreeBytes, integrityCheck, f, maxBatch);
  }

  public StoreOptions withMaxBatch(int m) {
    return new StoreOptions(owner, lease, minFreeBytes, integrityCheck, fsyncEveryCommit, m);
  }
}
