/**
 * The bridge to real AWS: {@link dev.asl4j.aws.StateMachineDeployer} pushes definitions to AWS
 * Step Functions, and {@link dev.asl4j.aws.AwsTaskResolver} answers Task states of a local run by
 * calling Lambda and the other services through the AWS SDK for Java v2.
 */
package dev.asl4j.aws;
