import { Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <div role="status" aria-label="Loading the recommendations" className="grid gap-4">
      <Skeleton className="h-6 w-64" />
      {[0, 1, 2].map((i) => (
        <div key={i} className="grid gap-3 rounded-xl border p-5">
          <Skeleton className="h-5 w-72" />
          <Skeleton className="h-4 w-full max-w-xl" />
          <div className="grid gap-3 md:grid-cols-3">
            <Skeleton className="h-32" />
            <Skeleton className="h-32" />
            <Skeleton className="h-32" />
          </div>
        </div>
      ))}
    </div>
  );
}
