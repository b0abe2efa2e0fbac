/**
 * The stack, synthesized once (test/unit/stack/helpers.ts) and checked five
 * ways: template assertions, cdk-nag, logical ids against the deployed ones, the customer API and console,
 * and the Mastodon connector's configuration.
 */
import './template.assertions';
import './nag.assertions';
import './logical-ids.assertions';
import './api.assertions';
import './mastodon.assertions';
