import { NextResponse, type NextRequest } from "next/server";
import { projectBackupJsonSchema } from "@/lib/backup/format";
import { otherMethods } from "@/lib/server/api/other-methods";
import { requestIdOf } from "@/lib/server/api/request-id";

// The backup format as a JSON Schema, public: it describes a file format, not anyone's data,
// so tools that write or check backups need no account. Computed once per process.

let schema: string | undefined;

export function GET(request: NextRequest) {
  schema ??= JSON.stringify(projectBackupJsonSchema(), null, 2);
  return new NextResponse(schema, {
    headers: {
      "content-type": "application/schema+json",
      "cache-control": "public, max-age=3600",
      "x-request-id": requestIdOf(request.headers),
    },
  });
}

export const { HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
