/**
 * The stack, synthesized once (test/unit/stack/helpers.ts) and checked six
 * ways: template assertions, cdk-nag, logical ids against the deployed ones, the customer API and console,
 * the Mastodon connector's configuration, and stage 1's burst-mode switch.
 */
import './template.assertions';
import './nag.assertions';
import './logical-ids.assertions';
import './api.assertions';
import './mastodon.assertions';
import './ingest-mode.assertions';
