import { PublishCommand, type SNSClient } from '@aws-sdk/client-sns';
import type { RenderedMessage } from '../domain/message';

export interface Publisher {
  publish(topicArn: string, m: RenderedMessage): Promise<string>;
}

export class SnsPublisher implements Publisher {
  constructor(private readonly sns: SNSClient) {}

  async publish(topicArn: string, m: RenderedMessage): Promise<string> {
    const r = await this.sns.send(
      new PublishCommand({
        TopicArn: topicArn,
        Subject: m.subject,
        Message: m.message,
        MessageStructure: 'json',
        MessageAttributes: m.attributes,
      }),
    );
    return r.MessageId ?? '';
  }
}
