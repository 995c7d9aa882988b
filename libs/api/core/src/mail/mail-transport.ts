/** One message of official e-mail, already rendered (Vietnamese, HTML and plain text). */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/**
 * Port (core) to the official e-mail system. The SMTP adapter (SmtpMailTransport, nodemailer)
 * implements it; the notifications module's outbox calls it from a background job only, never
 * inside a request, so a mail server outage delays mail and never blocks or fails a change.
 */
export abstract class MailTransport {
  /** SMTP_URL is set. */
  abstract readonly configured: boolean;
  /** Hands the message to the mail server; rejects when the server refuses or cannot be reached. */
  abstract send(message: MailMessage): Promise<void>;
}
