/**
 * Shape checks for single form fields (slugs, host names, e-mail, phone, URLs, ordering numbers).
 * Pure: commands call these and turn a failed check into a field-keyed ValidationError message.
 */

/** URL path segment: lowercase ASCII letters, digits and hyphens (the brief's `^[a-z0-9-]+$`). */
export function isSlug(value: string, maxLength = 100): boolean {
  return value.length > 0 && value.length <= maxLength && /^[a-z0-9-]+$/.test(value);
}

/**
 * A lowercase DNS host name without scheme, port or path: labels of letters, digits and inner hyphens,
 * e.g. "tanninh.tayninh.gov.vn" or "localhost".
 */
export function isHostname(value: string): boolean {
  if (value.length === 0 || value.length > 253) return false;
  return value.split('.').every((label) => /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(label));
}

/** A plausible e-mail address (one @, a dotted domain, no spaces). Deliberately permissive. */
export function isEmail(value: string): boolean {
  return value.length <= 255 && /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/.test(value);
}

/** A phone line as printed in a footer: digits and the usual separators, with at least 6 digits. */
export function isPhone(value: string): boolean {
  return value.length <= 100 && /^[\d\s+().,;/–-]+$/.test(value) && (value.match(/\d/g)?.length ?? 0) >= 6;
}

/** An absolute http(s) URL. */
export function isHttpUrl(value: string): boolean {
  if (value.length > 1000) return false;
  try {
    const u = new URL(value);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.length > 0;
  } catch {
    return false;
  }
}

/** An ordering number typed in a form: an integer in a sane range. */
export function isSortOrder(value: number): boolean {
  return Number.isInteger(value) && value >= -100000 && value <= 100000;
}
