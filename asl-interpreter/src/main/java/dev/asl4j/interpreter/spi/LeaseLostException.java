package dev.asl4j.interpreter.spi;

/**
 * A checkpoint was refused because another node has claimed the execution since (its lease ran
 * out): this node must stop advancing the execution.
 */
public final class LeaseLostException extends StoreException {
  private static final long serialVersionUID = 1L;

  public LeaseLostException(String message) {
    super(message);
  }
}
