import { Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/**
 * Acknowledges one cdk-nag AwsSolutions finding on a construct (and its
 * children), with the reason. Namespaced `AwsSolutions::<rule>` so the
 * validation report lists it under suppressedViolations with its reason.
 */
export function acknowledgeNag(scope: IConstruct, ack: { id: string; reason: string }): void {
  Validations.of(scope).acknowledge({ id: `AwsSolutions::${ack.id}`, reason: ack.reason });
}
