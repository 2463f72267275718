package dev.asl4j.interpreter.spi;

/** An execution store cannot do what was asked; the message names the store and the reason. */
public class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
