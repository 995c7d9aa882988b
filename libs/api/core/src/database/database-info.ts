/** Which database this process runs on; provided by DatabaseModule. */
export class DatabaseInfo {
  constructor(
    readonly url: string,
    readonly embedded: boolean,
  ) {}
}
