import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG } from '@app/config/config.module';
import type { AppConfig } from '@app/config/env.schema';
import type { TaskDto } from '@app/execution/dto/tasks.dto';

/** Sends the daily digest over SMTP (nodemailer); the transport is made on first use, only when SMTP_URL is set. */
@Injectable()
export class DigestMailer implements OnModuleDestroy {
  private transport?: Transporter;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** The SMTP server's message id once it accepted the message; throws when it did not. */
  async send(to: string, name: string, day: string, items: TaskDto[]): Promise<string> {
    this.transport ??= createTransport(this.config.SMTP_URL);
    const lines = items.map((t) => `- [${t.status === 'overdue' ? 'QUÁ HẠN' : 'đến hạn'}${t.dueOn ? ` ${t.dueOn}` : ''}] ${t.title}: ${t.detail} (${t.citation})`);
    const info = (await this.transport.sendMail({
      from: this.config.SMTP_FROM,
      to,
      subject: `Nhắc việc ngày ${day}: ${items.length} việc đến hạn, quá hạn`,
      text: [`Kính gửi ${name},`, '', `Các việc đến hạn và quá hạn ngày ${day}:`, ...lines, '', 'press-inspect'].join('\n'),
    })) as { messageId: string };
    return info.messageId;
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
