// One CLI command: `run` gets the arguments after the command's name and returns the exit
// code. Convention for every command: with --json, stdout gets exactly one JSON value and
// nothing else; errors go to stderr as one line, exit code 1 (2 for wrong usage).

export type CliCommand = {
  /** e.g. "analyze <file> [--json]" */
  usage: string;
  summary: string;
  run: (args: string[]) => number | Promise<number>;
};

/** Splits `args` into positional arguments and `--flags`; unknown flags are a usage error. */
export function parseArgs(
  args: string[],
  known: { flags?: string[]; options?: string[] },
): { positional: string[]; flags: Set<string>; options: Map<string, string>; error?: string } {
  const positional: string[] = [];
  const flags = new Set<string>();
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (!arg.startsWith("--")) positional.push(arg);
    else if (known.flags?.includes(arg)) flags.add(arg);
    else if (known.options?.includes(arg)) {
      const value = args[++i];
      if (value === undefined || value.startsWith("--"))
        return { positional, flags, options, error: `${arg} needs a value` };
      options.set(arg, value);
    } else return { positional, flags, options, error: `unknown option ${arg}` };
  }
  return { positional, flags, options };
}
