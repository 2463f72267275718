package dev.asl4j.interpreter;

/** The status of an execution, as Step Functions' DescribeExecution reports it. */
public enum ExecutionStatus {
  RUNNING,
  SUCCEEDED,
  FAILED,
  TIMED_OUT,
  ABORTED;

  /** Whether the execution has ended. */
  public boolean isTerminal() {
    return this != RUNNING;
  }
}
