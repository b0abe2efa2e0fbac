/**
 * The stack, synthesized once (test/unit/stack/helpers.ts) and checked four
 * ways: template assertions, cdk-nag, logical ids against the deployed ones, and the customer API and console.
 */
import './template.assertions';
import './nag.assertions';
import './logical-ids.assertions';
import './api.assertions';
