/**
 * Personal data must never reach the logs (DESIGN §7). Bodies are never logged; these paths catch
 * personal fields that code might pass to a logger by mistake, up to four levels deep.
 */
export const PERSONAL_FIELDS: readonly string[] = [
  'name',
  'fullName',
  'citizenId',
  'cccd',
  'phone',
  'address',
  'dateOfBirth',
  'income',
  'authorization',
  'cookie',
  'password',
];

export const REDACTED = '[redacted]';

export function redactPaths(fields: readonly string[] = PERSONAL_FIELDS): string[] {
  const prefixes = ['', '*.', '*.*.', '*.*.*.'];
  return [
    ...prefixes.flatMap((prefix) => fields.map((field) => `${prefix}${field}`)),
    'req.headers.authorization',
    'req.headers.cookie',
    'res.headers["set-cookie"]',
  ];
}

/**
 * Query parameters that never carry personal data; every other query value is replaced, because
 * a search box (`?q=Nguyễn Văn A`, `?cccd=…`) would otherwise write names into the log.
 */
export const SAFE_QUERY_KEYS: ReadonlySet<string> = new Set([
  'page',
  'limit',
  'offset',
  'cursor',
  'sort',
  'order',
  'from',
  'to',
  'year',
  'month',
  'period',
  'asOf',
  'orgUnit',
  'format',
  'status',
  'lang',
]);

/** A path segment that is only digits (a citizen id, a phone number) is personal too. */
const PERSONAL_SEGMENT = /^\+?\d{9,12}$/;

/** The URL as it may be logged: personal-looking path segments and unsafe query values replaced. */
export function redactUrl(url: string): string {
  const queryStart = url.indexOf('?');
  const path = queryStart === -1 ? url : url.slice(0, queryStart);
  const safePath = path
    .split('/')
    .map((segment) => (PERSONAL_SEGMENT.test(decodeSafely(segment)) ? REDACTED : segment))
    .join('/');
  if (queryStart === -1) return safePath;
  const query = url
    .slice(queryStart + 1)
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => {
      const equals = pair.indexOf('=');
      const key = equals === -1 ? pair : pair.slice(0, equals);
      return SAFE_QUERY_KEYS.has(decodeSafely(key)) ? pair : `${key}=${REDACTED}`;
    });
  return `${safePath}?${query.join('&')}`;
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
