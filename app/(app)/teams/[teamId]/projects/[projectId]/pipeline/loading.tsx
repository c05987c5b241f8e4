import { Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <div
      role="status"
      aria-label="Loading the pipeline"
      className="h-[calc(100dvh-20rem)] min-h-[520px] rounded-xl border p-3"
    >
      <Skeleton className="h-8 w-96" />
      <div className="mt-3 flex h-[calc(100%-3rem)] gap-3">
        <Skeleton className="h-full w-64" />
        <Skeleton className="h-full flex-1" />
      </div>
    </div>
  );
}
