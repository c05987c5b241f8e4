/** A size as the UI, the API and the CLI all say it, in binary megabytes: "20 MiB", "21.3 MiB". */
export function formatMiB(bytes: number): string {
  const mib = bytes / 1024 / 1024;
  return `${Number.isInteger(mib) ? mib : mib.toFixed(1)} MiB`;
}
