import { refuseMalformedAuthBody } from "@/lib/server/auth-body";
import { handleAuthRequest } from "@/lib/server/auth-handler";

export async function GET(request: Request) {
  return handleAuthRequest(request);
}

export async function POST(request: Request) {
  return (await refuseMalformedAuthBody(request)) ?? handleAuthRequest(request);
}
