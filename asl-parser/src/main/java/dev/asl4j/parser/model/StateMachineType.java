package dev.asl4j.parser.model;

/** The two kinds of state machine; EXPRESS forbids callbacks, {@code .sync} and activities. */
public enum StateMachineType {
  STANDARD,
  EXPRESS
}
