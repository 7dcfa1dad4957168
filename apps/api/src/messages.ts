/**
 * The service's own messages (errors that are not field errors of the request body), in
 * Spanish (the default) and English. Field errors come from `@minga/info-request/shared`.
 */
const es = {
  idempotency_key:
    'Falta la cabecera Idempotency-Key o no es válida (de 16 a 128 letras, cifras, "-", "_", "." o ":").',
  idempotency_mismatch:
    'Esta Idempotency-Key ya se usó con otra solicitud. Para enviar una solicitud nueva, use una clave nueva.',
  bad_url: 'La dirección no es válida.',
  invalid_json: 'El cuerpo de la solicitud no es JSON válido.',
  empty_body: 'El cuerpo de la solicitud está vacío.',
  media_type: 'El cuerpo debe enviarse como application/json.',
  too_large: 'La solicitud es demasiado grande. El archivo adjunto puede tener hasta 5 MB.',
  not_found:
    'No encontramos una solicitud con ese código y ese correo o clave de acceso. Revise los datos del comprobante.',
  missing_secret:
    'Indique el correo con el que presentó la solicitud o la clave de acceso del comprobante.',
  rate_limited: 'Demasiados intentos seguidos. Espere {seconds} segundos y vuelva a intentarlo.',
  server_error:
    'El servicio tuvo un problema. Su solicitud no se perdió si ya recibió un código; si no, vuelva a enviarla en unos minutos.',
  unavailable: 'El servicio no está disponible en este momento. Intente de nuevo en unos minutos.',
  bad_request: 'La solicitud no es válida.',
  bad_year: 'Indique un año entre 2000 y 2100.',
  route_not_found: 'Esta dirección no existe.',
} as const;

type Key = keyof typeof es;

const en: Record<Key, string> = {
  idempotency_key:
    'The Idempotency-Key header is missing or not valid (16 to 128 letters, digits, "-", "_", "." or ":").',
  idempotency_mismatch:
    'This Idempotency-Key was already used with another request. To send a new request, use a new key.',
  bad_url: 'The address is not valid.',
  invalid_json: 'The request body is not valid JSON.',
  empty_body: 'The request body is empty.',
  media_type: 'The body must be sent as application/json.',
  too_large: 'The request is too large. The attachment may be up to 5 MB.',
  not_found: 'We found no request with that code and that email or access key. Check the receipt.',
  missing_secret: 'Give the email you used for the request or the access key on the receipt.',
  rate_limited: 'Too many attempts in a row. Wait {seconds} seconds and try again.',
  server_error:
    'The service had a problem. If you already got a code, your request is safe; otherwise send it again in a few minutes.',
  unavailable: 'The service is not available right now. Try again in a few minutes.',
  bad_request: 'The request is not valid.',
  bad_year: 'Give a year between 2000 and 2100.',
  route_not_found: 'This address does not exist.',
};

export type MessageKey = Key;
export type Lang = 'es' | 'en';

/** `en`, `en-GB` → `en`; anything else → `es`. */
export function pickLang(value: unknown): Lang {
  return typeof value === 'string' && /^en\b/i.test(value.trim()) ? 'en' : 'es';
}

/** The message `key` in `lang`, with `{name}` placeholders filled. */
export function message(
  lang: Lang,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  const template = lang === 'en' ? en[key] : es[key];
  return template.replace(/\{(\w+)\}/g, (_m, name: string) => String(params[name] ?? ''));
}
