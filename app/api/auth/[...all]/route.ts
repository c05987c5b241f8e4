import { refuseMalformedAuthBody } from "@/lib/server/auth-body";
import { getAuth } from "@/lib/server/auth";

export async function GET(request: Request) {
  return getAuth().handler(request);
}

export async function POST(request: Request) {
  return (await refuseMalformedAuthBody(request)) ?? getAuth().handler(request);
}
