/** Which database this process runs on; provided by DatabaseModule. */
export class DatabaseInfo {
  /** A session connection (LISTEN, session advisory locks): DATABASE_SESSION_URL, else `url`. */
  readonly sessionUrl: string;
  constructor(
    readonly url: string,
    readonly embedded: boolean,
    sessionUrl?: string,
  ) {
    this.sessionUrl = sessionUrl ?? url;
  }
}
