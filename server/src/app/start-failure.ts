/**
 * A start that cannot go on ends with ONE line on stderr — what is wrong and what to do —
 * and exit code 1; never a stack trace. Everything that can stop a start throws this.
 */
export class StartFailure extends Error {
  override name = 'StartFailure';
}

export function exitWithStartFailure(message: string): never {
  process.stderr.write(`Cannot start: ${message}\n`);
  process.exit(1);
}
