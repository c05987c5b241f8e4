// Reading `next dev|start` options that serve.ts passes through, and adding the one it decides.

/** The value of `-p/--port` in `args`, if given. */
export function portFrom(args: string[]): string | undefined {
  return optionValue(args, "-p", "--port");
}

/** `args` with `--hostname host` in front, unless they name a hostname themselves (which wins). */
export function withHostname(args: string[], host: string): string[] {
  return optionValue(args, "-H", "--hostname") === undefined ? ["--hostname", host, ...args] : args;
}

function optionValue(args: string[], short: string, long: string): string | undefined {
  const i = args.findIndex((a) => a === short || a === long);
  if (i >= 0) return args[i + 1];
  return args.find((a) => a.startsWith(`${long}=`))?.slice(long.length + 1);
}
