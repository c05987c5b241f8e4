"use client";

import dynamic from "next/dynamic";
import { Spinner } from "@/components/ui/spinner";

// Scalar is a Vue app that touches the browser as it loads, and weighs a few MB: loaded in
// the browser only, on this page only.
export const ApiReferenceLoader = dynamic(() => import("./api-reference-view").then((m) => m.ApiReferenceView), {
  ssr: false,
  loading: () => (
    <div className="flex justify-center p-12">
      <Spinner className="size-6" aria-label="Loading the API reference" />
    </div>
  ),
});
