import { PageSkeleton } from "@/components/layout/page-skeleton";

// Loading boundaries sit on leaf pages: one higher up would start streaming before the
// layouts' access checks, and a 404 would then be sent with status 200.
export default function Loading() {
  return <PageSkeleton />;
}
