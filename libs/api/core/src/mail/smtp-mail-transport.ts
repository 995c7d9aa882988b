import { Injectable, OnModuleInit } from '@nestjs/common';
import type * as Nodemailer from 'nodemailer';
import type { Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import { AdapterHealth, AdapterProbe } from '../adapters/adapter-health';
import { AppConfig } from '../config/app-config';
import { MailMessage, MailTransport } from './mail-transport';

/**
 * Official e-mail over SMTP with nodemailer (kept, handles SMTP/STARTTLS/SMTPS, pooling and
 * address encoding, so we write none of it). Off unless SMTP_URL is set. Short timeouts: a
 * background job waits on it, and a retry comes soon anyway.
 */
@Injectable()
export class SmtpMailTransport extends MailTransport implements OnModuleInit, AdapterProbe {
  readonly adapterName = 'mail';
  private transporter: Transporter | null = null;

  constructor(
    private readonly config: AppConfig,
    private readonly health: AdapterHealth,
  ) {
    super();
  }

  get configured(): boolean {
    return this.config.mailConfigured;
  }

  onModuleInit(): void {
    this.health.register(this);
  }

  private transport(): Transporter {
    if (!this.configured) throw new Error('official e-mail is not configured (SMTP_URL)');
    // Loaded at the first message: most processes (every test app without SMTP_URL) never send one.
    this.transporter ??= (require('nodemailer') as typeof Nodemailer).createTransport({
      url: this.config.SMTP_URL,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    } as SMTPTransport.Options);
    return this.transporter;
  }

  async send(message: MailMessage): Promise<void> {
    await this.transport().sendMail({ from: this.config.MAIL_FROM, to: message.to, subject: message.subject, text: message.text, html: message.html });
  }

  /** /health: the server greets and accepts our credentials (nodemailer's verify). */
  async probe(): Promise<void> {
    await this.transport().verify();
  }
}
