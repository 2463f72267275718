/**
 * JSON test cases in the conformance format (definition, input, mocks, expected outcome) and the
 * runner that checks them against the engine; shared by the {@code asl test} command and
 * asl-testing. {@link dev.asl4j.interpreter.testcase.MockTaskResolver} also reads AWS Step
 * Functions Local's {@code MockConfigFile.json}.
 */
package dev.asl4j.interpreter.testcase;
