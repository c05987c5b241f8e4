import "server-only";
import { notFound } from "next/navigation";
import { NotFoundError } from "./errors";

/** Pages show the 404 page for data the user may not see, exactly as for data that does not exist. */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
