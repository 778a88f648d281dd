// HTTP validators for cacheable answers. The dataset is immutable within a version, so an
// ETag is the version and a hash of the body: equal on every replica, new with every release.
import { createHash } from "node:crypto";

/** The ETag of a body: the dataset version and a hash, so a new release never matches an old body. */
export function etagOf(version: string, body: string): string {
  const hash = createHash("sha1").update(body).digest("base64url").slice(0, 22);
  return `"${version}-${hash}"`;
}

/** True when an If-None-Match header names this ETag (weak comparison, as RFC 9110 asks for GET). */
export function etagMatches(ifNoneMatch: string | null | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const strip = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || strip(tag) === strip(etag));
}
