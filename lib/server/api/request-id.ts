import { randomUUID } from "node:crypto";
import { currentRequest } from "../observability/request-context";

// The request id goes into responses and every log line of the request. A client may send
// its own (to follow a call across services), but only a short, plain one: anything else
// could forge log lines or carry markup into whatever displays the logs.
const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** The id of the request being answered (observeRoute chose it), else the client's x-request-id when it is short and safe, else a fresh UUID. */
export function requestIdOf(headers: Headers): string {
  const current = currentRequest();
  if (current) return current.requestId;
  const sent = headers.get("x-request-id");
  return sent !== null && SAFE_REQUEST_ID.test(sent) ? sent : randomUUID();
}
