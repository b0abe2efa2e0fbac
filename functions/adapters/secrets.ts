import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { SecretReader } from '../connectors/mastodon/timelines';

/** Secrets Manager values (SecretString), read once per id per process. */
export class SecretsManagerReader implements SecretReader {
  private readonly cache = new Map<string, Promise<string>>();
  constructor(private readonly client: SecretsManagerClient = new SecretsManagerClient({})) {}

  get(id: string): Promise<string> {
    let v = this.cache.get(id);
    if (!v) {
      v = this.client.send(new GetSecretValueCommand({ SecretId: id })).then((r) => {
        if (!r.SecretString) throw new Error(`secret ${id} has no string value`);
        return r.SecretString;
      });
      v.catch(() => this.cache.delete(id));
      this.cache.set(id, v);
    }
    return v;
  }
}
