/**
 * The stack, synthesized once (test/unit/stack/helpers.ts) and checked three
 * ways: template assertions, cdk-nag, and logical ids against the deployed ones.
 */
import './template.assertions';
import './nag.assertions';
import './logical-ids.assertions';
