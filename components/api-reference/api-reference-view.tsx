"use client";

import "@scalar/api-reference-react/style.css";
import { ApiReferenceReact } from "@scalar/api-reference-react";
import { useTheme } from "next-themes";
import { useMemo } from "react";

// Scalar's reference for GET /api/v1/openapi.json, configured to stay on this server: no
// fonts from its CDN (withDefaultFonts), no telemetry, no AI agent, no request proxy (tries
// go straight to this origin, with the visitor's own session cookie), nothing to fetch but
// the document. Its <style> tags and style attributes are allowed by the pages' CSP as they
// are for React Flow and Radix (style-src 'unsafe-inline'); its scripts are bundled with the
// page, so they run under the nonce and 'strict-dynamic'.

const DOCUMENT_URL = "/api/v1/openapi.json";

export function ApiReferenceView() {
  const { resolvedTheme } = useTheme();
  const mode: "dark" | "light" = resolvedTheme === "dark" ? "dark" : "light";
  // A new object makes Scalar reconfigure itself: only when the theme changes.
  const configuration = useMemo(
    () => ({
      url: DOCUMENT_URL,
      withDefaultFonts: false,
      telemetry: false,
      agent: { disabled: true },
      showDeveloperTools: "never" as const,
      // Its "Open API Client" link would hand the document's address to client.scalar.com.
      hideClientButton: true,
      // The app's theme decides (the account menu's theme switch), not a second toggle here.
      forceDarkModeState: mode,
      hideDarkModeToggle: true,
      documentDownloadType: "json" as const,
      hideModels: false,
      defaultOpenFirstTag: true,
    }),
    [mode],
  );
  // Scalar reads forceDarkModeState once, as it mounts: a theme change mounts it anew.
  return <ApiReferenceReact key={mode} configuration={configuration} />;
}
